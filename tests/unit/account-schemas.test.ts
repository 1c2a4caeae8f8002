import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loginSchema, registerSchema } from '@/lib/domain/account';

const errorsOf = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? {} : z.flattenError(result.error).fieldErrors;

describe('registerSchema', () => {
  const valid = { name: 'Siti Rahayu', email: ' Siti@Contoh.ID ', password: 'kopi susu gula aren' };

  it('accepts a valid registration and normalises the e-mail', () => {
    const result = registerSchema.parse(valid);
    expect(result.email).toBe('siti@contoh.id');
    expect(result.locale).toBe('id');
  });

  it('names each bad field with a catalogue key', () => {
    const result = registerSchema.safeParse({
      name: 'S',
      email: 'bukan-email',
      password: 'pendek',
    });
    expect(errorsOf(result)).toEqual({
      name: ['nameTooShort'],
      email: ['emailInvalid'],
      password: ['passwordTooShort'],
    });
  });

  it('takes passwords from 10 to 128 characters, with no composition rules', () => {
    expect(registerSchema.safeParse({ ...valid, password: 'a'.repeat(10) }).success).toBe(true);
    expect(registerSchema.safeParse({ ...valid, password: 'a'.repeat(128) }).success).toBe(true);
    expect(errorsOf(registerSchema.safeParse({ ...valid, password: 'a'.repeat(129) }))).toEqual({
      password: ['passwordTooLong'],
    });
  });
});

describe('loginSchema', () => {
  it('requires both fields', () => {
    expect(errorsOf(loginSchema.safeParse({ email: '', password: '' }))).toEqual({
      email: ['emailRequired'],
      password: ['passwordRequired'],
    });
  });
});
