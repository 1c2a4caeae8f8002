import { z } from 'zod';
import { isCommonPassword } from './common-passwords';
import { LOCALES } from './locale';

// Validation messages are message-catalogue keys (namespace `validation`), so the same schema
// speaks Indonesian or English in the browser and on the server.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'emailRequired')
  .max(254, 'emailInvalid')
  .pipe(z.email('emailInvalid'))
  .transform(normalizeEmail);

// Length and a list of common passwords; no composition rules (NIST SP 800-63B).
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, 'passwordTooShort')
  .max(PASSWORD_MAX_LENGTH, 'passwordTooLong')
  .refine((password) => !isCommonPassword(password), 'passwordTooCommon');

export const registerSchema = z.object({
  name: z.string().trim().min(2, 'nameTooShort').max(100, 'nameTooLong'),
  email: emailSchema,
  password: passwordSchema,
  locale: z.enum(LOCALES).default('id'),
});
export type RegisterInput = z.input<typeof registerSchema>;
export type RegisterOutput = z.output<typeof registerSchema>;

// Log-in only checks shape: the password policy may have changed since the account was made.
export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'passwordRequired').max(PASSWORD_MAX_LENGTH, 'passwordTooLong'),
});
export type LoginInput = z.input<typeof loginSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

const sameAsConfirmation = (values: { confirmPassword: string }, password: string) =>
  values.confirmPassword === password;

export const resetPasswordSchema = z
  .object({
    token: z.string().min(20, 'resetLinkInvalid').max(100, 'resetLinkInvalid'),
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((values) => sameAsConfirmation(values, values.password), {
    message: 'passwordsDoNotMatch',
    path: ['confirmPassword'],
  });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, 'passwordRequired')
      .max(PASSWORD_MAX_LENGTH, 'passwordTooLong'),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((values) => values.newPassword !== values.currentPassword, {
    message: 'passwordSameAsCurrent',
    path: ['newPassword'],
  })
  .refine((values) => sameAsConfirmation(values, values.newPassword), {
    message: 'passwordsDoNotMatch',
    path: ['confirmPassword'],
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
