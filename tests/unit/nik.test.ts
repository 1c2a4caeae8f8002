import { describe, expect, it } from 'vitest';
import { checkNik, maskNik } from '@/lib/domain/identity/nik';

describe('checkNik', () => {
  it('accepts a man born 17 Aug 1990 in Bandung (32 73 ..)', () => {
    expect(checkNik('3273011708900001', '1990-08-17')).toEqual({
      ok: true,
      nik: '3273011708900001',
      province: '32',
      birthDate: '1990-08-17',
      sex: 'MALE',
    });
  });

  it('reads a woman’s birth day as day + 40', () => {
    expect(checkNik('3578025703950002', '1995-03-17')).toMatchObject({ ok: true, sex: 'FEMALE' });
    expect(checkNik('3578025703950002', '1995-03-57')).toEqual({
      ok: false,
      error: 'nikBirthDateMismatch',
    });
  });

  it('accepts spaces and dots as people type them', () => {
    expect(checkNik('3273 0117 0890 0001', '1990-08-17')).toMatchObject({
      ok: true,
      nik: '3273011708900001',
    });
  });

  it.each([
    ['327301170890001', '1990-08-17', 'nikLength'],
    ['32730117089000012', '1990-08-17', 'nikLength'],
    ['3273O11708900001', '1990-08-17', 'nikDigits'],
    ['9973011708900001', '1990-08-17', 'nikProvince'],
    ['0073011708900001', '1990-08-17', 'nikProvince'],
    ['3273013102900001', '1990-02-31', 'nikDate'],
    ['3273017102900001', '1990-02-31', 'nikDate'],
    ['3273011713900001', '1990-13-17', 'nikDate'],
    ['3273011708900001', '1990-08-18', 'nikBirthDateMismatch'],
    ['3273011708900001', '1991-08-17', 'nikBirthDateMismatch'],
    ['3273011708900000', '1990-08-17', 'nikSerial'],
  ])('refuses %s (born %s): %s', (nik, birthDate, error) => {
    expect(checkNik(nik, birthDate)).toEqual({ ok: false, error });
  });

  it('knows leap years', () => {
    expect(checkNik('3174052902000003', '2000-02-29')).toMatchObject({ ok: true });
    expect(checkNik('3174052902010003', '2001-02-29')).toEqual({ ok: false, error: 'nikDate' });
  });
});

describe('maskNik', () => {
  it('shows only the first and last four digits', () => {
    expect(maskNik('3201123456780001')).toBe('3201********0001');
  });
});
