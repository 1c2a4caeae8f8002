import { z } from 'zod';

export const savedReferenceLabelSchema = z
  .string()
  .trim()
  .min(1, 'labelRequired')
  .max(40, 'labelTooLong');

export const saveReferenceSchema = z.object({
  transactionId: z.string().min(1).max(64),
  label: savedReferenceLabelSchema,
});
