import { describe, expect, it } from 'vitest';
import { assertRupiah, formatRupiah, isRupiah } from '@/lib/domain/money';

describe('formatRupiah', () => {
  it.each([
    [0, 'Rp0'],
    [500, 'Rp500'],
    [150_000, 'Rp150.000'],
    [1_234_567_890, 'Rp1.234.567.890'],
    [-5_000, '-Rp5.000'],
  ])('formats %i as %s', (amount, expected) => {
    expect(formatRupiah(amount)).toBe(expected);
  });

  it('refuses fractions and unsafe integers', () => {
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
    expect(() => formatRupiah(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => formatRupiah(Number.NaN)).toThrow(RangeError);
  });
});

describe('isRupiah / assertRupiah', () => {
  it('accepts whole numbers only', () => {
    expect(isRupiah(20_000)).toBe(true);
    expect(isRupiah(0.1 + 0.2)).toBe(false);
    expect(isRupiah('20000')).toBe(false);
    expect(assertRupiah(7)).toBe(7);
    expect(() => assertRupiah(7.01)).toThrow('Not a whole rupiah amount');
  });
});
