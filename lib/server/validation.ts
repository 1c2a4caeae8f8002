import 'server-only';
import { z } from 'zod';
import { AppError } from './errors';

/** Parses untrusted input; on failure the field errors (catalogue keys) go back to the form. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const { fieldErrors, formErrors } = z.flattenError(result.error);
  throw new AppError('VALIDATION', 'validationFailed', {
    fieldErrors: {
      ...(fieldErrors as Record<string, string[]>),
      ...(formErrors.length > 0 ? { _form: formErrors } : {}),
    },
  });
}
