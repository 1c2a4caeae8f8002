import { z } from 'zod';
import { LOCALES } from './locale';
import { normalizeMobileNumber } from './references/operators';

// What a person may change about themselves: name, mobile number and language.

/**
 * An Indonesian mobile number in the international form we store: +62 812-3456-7890,
 * 62812..., 0812 3456 7890 all become +6281234567890. Null unless it is a mobile number of
 * 10 to 13 digits in the national 08... form.
 */
export function normalizeProfilePhone(raw: string): string | null {
  const local = normalizeMobileNumber(raw);
  return local === null ? null : `+62${local.slice(1)}`;
}

/** +6281234567890 → 0812-3456-7890, the way people read their own number. */
export function formatProfilePhone(stored: string): string {
  const local = stored.startsWith('+62') ? `0${stored.slice(3)}` : stored;
  return [local.slice(0, 4), local.slice(4, 8), local.slice(8)].filter(Boolean).join('-');
}

export const PROFILE_PHONE_MAX_INPUT = 20;

const phoneSchema = z
  .string()
  .trim()
  .max(PROFILE_PHONE_MAX_INPUT, 'phoneInvalid')
  .transform((value, context) => {
    if (value === '') return null;
    const phone = normalizeProfilePhone(value);
    if (phone === null) {
      context.addIssue({ code: 'custom', message: 'phoneInvalid' });
      return z.NEVER;
    }
    return phone;
  });

export const profileSchema = z.object({
  name: z.string().trim().min(2, 'nameTooShort').max(100, 'nameTooLong'),
  /** Optional: an empty field removes the number. */
  phone: phoneSchema,
  locale: z.enum(LOCALES, 'invalid'),
});
export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileOutput = z.output<typeof profileSchema>;
