import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  changePasswordSchema,
  loginSchema,
  passwordSchema,
  registerSchema,
  resetPasswordSchema,
} from '@/lib/domain/account';
import { commonPasswordList, isCommonPassword } from '@/lib/domain/common-passwords';

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
    expect(registerSchema.safeParse({ ...valid, password: 'kopi susu!' }).success).toBe(true);
    expect(
      registerSchema.safeParse({ ...valid, password: 'kopi '.repeat(24) + 'gula' }).success,
    ).toBe(true);
    expect(errorsOf(registerSchema.safeParse({ ...valid, password: 'b'.repeat(129) }))).toEqual({
      password: ['passwordTooLong'],
    });
  });

  it('refuses a common password', () => {
    expect(errorsOf(registerSchema.safeParse({ ...valid, password: 'password123' }))).toEqual({
      password: ['passwordTooCommon'],
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

describe('passwordSchema', () => {
  const refusal = (password: string) => {
    const result = passwordSchema.safeParse(password);
    return result.success ? undefined : result.error.issues.map((issue) => issue.message);
  };

  it('refuses too short and too long passwords', () => {
    expect(refusal('kopi susu')).toEqual(['passwordTooShort']);
    expect(refusal('k'.repeat(129))).toEqual(['passwordTooLong']);
  });

  it.each([
    '1234567890',
    'qwertyuiop',
    'password123',
    'iloveyou12',
    'bismillah123',
    'sayangkamu',
    'indonesia123',
    'jakarta123',
    'katasandi123',
    'rahasia123',
    'aaaaaaaaaaaa',
  ])('refuses the common password %s', (password) => {
    expect(refusal(password)).toEqual(['passwordTooCommon']);
  });

  it('compares without regard to case or spaces', () => {
    expect(refusal('PassWord123')).toEqual(['passwordTooCommon']);
    expect(refusal('  Bismillah123  ')).toEqual(['passwordTooCommon']);
    expect(refusal('Sayang Kamu 123')).toEqual(['passwordTooCommon']);
  });

  it.each(['demo-loket-2026', 'kata sandi uji coba', 'kopi susu gula aren', 'hujan sore di bogor'])(
    'accepts the uncommon %s',
    (password) => {
      expect(refusal(password)).toBeUndefined();
    },
  );

  it('ships a list of thousands of normalised entries of 10+ characters', () => {
    const list = commonPasswordList();
    expect(list.size).toBeGreaterThan(2000);
    for (const entry of list) {
      expect(entry.length).toBeGreaterThanOrEqual(10);
      expect(entry).toBe(entry.toLowerCase().replace(/\s+/g, ''));
    }
    expect(isCommonPassword('1qaz2wsx3edc')).toBe(true);
  });
});

describe('resetPasswordSchema', () => {
  const valid = {
    token: 't'.repeat(43),
    password: 'hujan sore di bogor',
    confirmPassword: 'hujan sore di bogor',
  };

  it('accepts a new password typed twice', () => {
    expect(resetPasswordSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a confirmation that differs and a common password', () => {
    expect(
      errorsOf(resetPasswordSchema.safeParse({ ...valid, confirmPassword: 'hujan sore' })),
    ).toEqual({
      confirmPassword: ['passwordsDoNotMatch'],
    });
    expect(
      errorsOf(
        resetPasswordSchema.safeParse({
          ...valid,
          password: 'Jakarta123',
          confirmPassword: 'Jakarta123',
        }),
      ),
    ).toEqual({ password: ['passwordTooCommon'] });
  });
});

describe('changePasswordSchema', () => {
  const valid = {
    currentPassword: 'kata sandi uji coba',
    newPassword: 'hujan sore di bogor',
    confirmPassword: 'hujan sore di bogor',
  };

  it('accepts a new password that differs from the current one', () => {
    expect(changePasswordSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses the current password as the new one, and a missing current password', () => {
    expect(
      errorsOf(
        changePasswordSchema.safeParse({
          currentPassword: valid.currentPassword,
          newPassword: valid.currentPassword,
          confirmPassword: valid.currentPassword,
        }),
      ),
    ).toEqual({ newPassword: ['passwordSameAsCurrent'] });
    expect(errorsOf(changePasswordSchema.safeParse({ ...valid, currentPassword: '' }))).toEqual({
      currentPassword: ['passwordRequired'],
    });
  });
});
