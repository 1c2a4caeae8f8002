import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatProfilePhone, normalizeProfilePhone, profileSchema } from '@/lib/domain/profile';

const errorsOf = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? {} : z.flattenError(result.error).fieldErrors;

describe('normalizeProfilePhone', () => {
  it.each([
    ['081234567890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['0812-3456-789', '+628123456789'],
    ['+62 812-3456-7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['+62 0812 3456 7890', '+6281234567890'],
    ['0812345678', '+62812345678'],
    ['0812345678901', '+62812345678901'],
  ])('%s becomes %s', (raw, expected) => {
    expect(normalizeProfilePhone(raw)).toBe(expected);
  });

  it.each([
    ['too short', '081234567'],
    ['too long', '08123456789012'],
    ['a landline', '0221234567'],
    ['a foreign number', '+6591234567'],
    ['letters', '0812abc4567'],
    ['empty', ''],
  ])('refuses %s', (_label, raw) => {
    expect(normalizeProfilePhone(raw)).toBeNull();
  });
});

describe('formatProfilePhone', () => {
  it('shows a stored number the way people read it', () => {
    expect(formatProfilePhone('+6281234567890')).toBe('0812-3456-7890');
    expect(formatProfilePhone('+62812345678')).toBe('0812-3456-78');
  });
});

describe('profileSchema', () => {
  it('normalises the phone and trims the name', () => {
    expect(
      profileSchema.parse({ name: '  Siti Rahayu ', phone: '0812 3456 7890', locale: 'en' }),
    ).toEqual({ name: 'Siti Rahayu', phone: '+6281234567890', locale: 'en' });
  });

  it('takes an empty phone as no phone', () => {
    expect(profileSchema.parse({ name: 'Siti', phone: '  ', locale: 'id' }).phone).toBeNull();
  });

  it('names each bad field with a catalogue key', () => {
    expect(errorsOf(profileSchema.safeParse({ name: 'S', phone: '12345', locale: 'fr' }))).toEqual({
      name: ['nameTooShort'],
      phone: ['phoneInvalid'],
      locale: ['invalid'],
    });
    expect(
      errorsOf(
        profileSchema.safeParse({ name: 'x'.repeat(101), phone: '0'.repeat(21), locale: 'id' }),
      ),
    ).toEqual({ name: ['nameTooLong'], phone: ['phoneInvalid'] });
  });
});
