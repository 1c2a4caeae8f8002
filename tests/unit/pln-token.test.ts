import { describe, expect, it } from 'vitest';
import { formatKwh, formatPlnToken } from '@/lib/domain/pln-token';

describe('PLN token', () => {
  it('shows 20 digits as 5 groups of 4', () => {
    expect(formatPlnToken('12345678901234567890')).toBe('1234-5678-9012-3456-7890');
  });

  it('refuses anything that is not 20 digits', () => {
    expect(() => formatPlnToken('1234')).toThrow(RangeError);
    expect(() => formatPlnToken('123456789012345678901')).toThrow(RangeError);
  });

  it('formats kWh per language', () => {
    expect(formatKwh(7350, 'id')).toBe('73,5');
    expect(formatKwh(7350, 'en')).toBe('73.5');
    expect(formatKwh(12345, 'id')).toBe('123,45');
  });
});
