import { z } from 'zod';
import { emailSchema, passwordSchema } from './account';
import { rupiahInput } from './counter';

// An outlet's people and settings. Messages are keys of the `validation` namespace.

export const OUTLET_ROLES = ['OWNER', 'CASHIER'] as const;
export type OutletRole = (typeof OUTLET_ROLES)[number];

/** A cashier login, made by the outlet's owner (or an admin) with a first password to hand over. */
export const createCashierSchema = z.object({
  name: z.string().trim().min(2, 'nameTooShort').max(100, 'nameTooLong'),
  email: emailSchema,
  password: passwordSchema,
});
export type CreateCashierInput = z.input<typeof createCashierSchema>;
export type CreateCashierOutput = z.output<typeof createCashierSchema>;

/** Biaya loket, within the highest maximum the admin allows (checked by the server). */
export const outletSettingsSchema = z.object({
  markup: rupiahInput('markupRequired', 'cashAmountInvalid'),
});
export type OutletSettingsInput = z.input<typeof outletSettingsSchema>;
