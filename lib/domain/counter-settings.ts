import { z } from 'zod';

// Counter rules an admin sets at run time. The version is the one the admin's page showed: a
// save from a stale page is refused rather than overwriting a colleague's change.

export const MAX_REPRINT_LIMIT = 20;

export const counterSettingsSchema = z.object({
  reprintLimit: z.coerce
    .number('reprintLimitInvalid')
    .int('reprintLimitInvalid')
    .min(0, 'reprintLimitInvalid')
    .max(MAX_REPRINT_LIMIT, 'reprintLimitInvalid'),
  version: z.coerce.number().int().min(0),
});
export type CounterSettingsInput = z.input<typeof counterSettingsSchema>;
