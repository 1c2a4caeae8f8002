import { describe, expect, it } from 'vitest';
import { billTotal, formatBillPeriod } from '@/lib/domain/bill';

describe('billTotal', () => {
  it('adds bill, penalty and admin fee', () => {
    expect(billTotal({ amount: 154_300, penalty: 5_000, adminFee: 2_500 })).toBe(161_800);
    expect(billTotal({ amount: 0, penalty: 0, adminFee: 0 })).toBe(0);
  });

  it.each([
    { amount: 1000.5, penalty: 0, adminFee: 2_500 },
    { amount: 1000, penalty: -1, adminFee: 2_500 },
    { amount: 1000, penalty: 0, adminFee: Number.NaN },
    { amount: Number.POSITIVE_INFINITY, penalty: 0, adminFee: 0 },
    { amount: Number.MAX_SAFE_INTEGER, penalty: 1, adminFee: 0 },
  ])('refuses %j', (parts) => {
    expect(() => billTotal(parts)).toThrow(RangeError);
  });

  it('names the wrong field', () => {
    expect(() => billTotal({ amount: 1, penalty: 0.1, adminFee: 0 })).toThrow(/penalty/);
  });
});

describe('formatBillPeriod', () => {
  it.each([
    ['2026-10', 'Okt 2026', 'Oct 2026'],
    ['2026-01', 'Jan 2026', 'Jan 2026'],
    ['2026-05', 'Mei 2026', 'May 2026'],
    ['2026-08', 'Agu 2026', 'Aug 2026'],
    ['2026-12', 'Des 2026', 'Dec 2026'],
  ])('%s is %s / %s', (period, indonesian, english) => {
    expect(formatBillPeriod(period, 'id')).toBe(indonesian);
    expect(formatBillPeriod(period, 'en')).toBe(english);
  });

  it.each(['2026-13', '2026-00', '2026-1', '26-10', '2026/10', ''])('refuses %j', (period) => {
    expect(() => formatBillPeriod(period, 'id')).toThrow(RangeError);
  });
});
