import { describe, expect, it } from 'vitest';
import {
  amountToCollect,
  cashDifference,
  changeDue,
  closeShiftSchema,
  expectedCash,
  keepsCash,
  openShiftSchema,
  parseRupiahInput,
  quickCashAmounts,
  wibDateKey,
  type ShiftSale,
} from '@/lib/domain/counter';
import { createCashierSchema, outletSettingsSchema } from '@/lib/domain/outlet';

const sale = (overrides: Partial<ShiftSale>): ShiftSale => ({
  status: 'SUCCESS',
  totalAmount: 52_500,
  outletMarkup: 2_000,
  cashReceived: 60_000,
  ...overrides,
});

describe('parseRupiahInput', () => {
  it.each([
    ['50000', 50_000],
    ['50.000', 50_000],
    [' Rp 1.250.000 ', 1_250_000],
    ['rp.20.000', 20_000],
    ['100 000', 100_000],
    ['0', 0],
  ])('reads %j as %i', (text, expected) => {
    expect(parseRupiahInput(text)).toBe(expected);
  });

  it.each(['', 'abc', '50,5', '-5000', '5e4', '12.5x', '1234567890123'])('refuses %j', (text) => {
    expect(parseRupiahInput(text)).toBeNull();
  });
});

describe('the sale at the counter', () => {
  it('collects the total plus the biaya loket', () => {
    expect(amountToCollect({ totalAmount: 52_500, outletMarkup: 2_000 })).toBe(54_500);
  });

  it('gives change only when the cash covers the total', () => {
    expect(changeDue(54_500, 100_000)).toBe(45_500);
    expect(changeDue(54_500, 54_500)).toBe(0);
    expect(changeDue(54_500, 54_000)).toBeNull();
    expect(changeDue(54_500, null)).toBeNull();
  });

  it('suggests the exact amount and the next Rp50.000 and Rp100.000', () => {
    expect(quickCashAmounts(54_500)).toEqual([54_500, 100_000]);
    expect(quickCashAmounts(122_500)).toEqual([122_500, 150_000, 200_000]);
    expect(quickCashAmounts(100_000)).toEqual([100_000]);
    expect(quickCashAmounts(150_000)).toEqual([150_000, 200_000]);
  });
});

describe('the shift cash', () => {
  it('counts only sales whose cash stayed in the drawer', () => {
    expect(keepsCash(sale({ status: 'SUCCESS' }))).toBe(true);
    expect(keepsCash(sale({ status: 'PENDING_BILLER' }))).toBe(true);
    expect(keepsCash(sale({ status: 'PROCESSING' }))).toBe(true);
    expect(keepsCash(sale({ status: 'FAILED' }))).toBe(false);
    expect(keepsCash(sale({ status: 'INQUIRED', cashReceived: null }))).toBe(false);
    expect(keepsCash(sale({ status: 'EXPIRED', cashReceived: null }))).toBe(false);
  });

  it('expects the opening cash plus what kept sales collected, change handed back', () => {
    const sales = [
      sale({ status: 'SUCCESS', totalAmount: 52_500, outletMarkup: 2_000 }),
      sale({ status: 'PENDING_BILLER', totalAmount: 100_000, outletMarkup: 0 }),
      sale({ status: 'FAILED', totalAmount: 75_000, outletMarkup: 2_000 }),
      sale({ status: 'EXPIRED', totalAmount: 10_000, cashReceived: null }),
    ];
    expect(expectedCash(200_000, sales)).toBe(200_000 + 54_500 + 100_000);
    expect(expectedCash(150_000, [])).toBe(150_000);
  });

  it('records the difference as counted minus expected', () => {
    expect(cashDifference(350_000, 354_500)).toBe(-4_500);
    expect(cashDifference(360_000, 354_500)).toBe(5_500);
    expect(cashDifference(354_500, 354_500)).toBe(0);
  });
});

describe('forms', () => {
  it('opens a shift with typed rupiah', () => {
    expect(openShiftSchema.parse({ openingCash: '200.000' })).toEqual({ openingCash: 200_000 });
    const empty = openShiftSchema.safeParse({ openingCash: '' });
    expect(empty.success ? null : empty.error.issues[0]?.message).toBe('openingCashRequired');
    const bad = openShiftSchema.safeParse({ openingCash: '-1' });
    expect(bad.success ? null : bad.error.issues[0]?.message).toBe('cashAmountInvalid');
    const huge = openShiftSchema.safeParse({ openingCash: '100.000.001' });
    expect(huge.success).toBe(false);
  });

  it('closes a shift with the count and an optional note', () => {
    expect(closeShiftSchema.parse({ countedCash: '350.000' })).toEqual({
      countedCash: 350_000,
      note: '',
    });
    const long = closeShiftSchema.safeParse({ countedCash: '1', note: 'x'.repeat(501) });
    expect(long.success ? null : long.error.issues[0]?.message).toBe('closingNoteTooLong');
  });

  it('checks cashier logins and the markup', () => {
    expect(
      createCashierSchema.parse({
        name: ' Dewi ',
        email: 'Dewi@Contoh.ID',
        password: 'kasir loket pagi',
      }),
    ).toEqual({ name: 'Dewi', email: 'dewi@contoh.id', password: 'kasir loket pagi' });
    expect(
      createCashierSchema.safeParse({ name: 'D', email: 'x', password: 'short' }).success,
    ).toBe(false);
    expect(outletSettingsSchema.parse({ markup: '2.500' })).toEqual({ markup: 2_500 });
  });
});

describe('wibDateKey', () => {
  it('dates an instant by the Jakarta calendar', () => {
    expect(wibDateKey(new Date('2026-11-24T16:59:59Z'))).toBe('2026-11-24');
    expect(wibDateKey(new Date('2026-11-24T17:00:00Z'))).toBe('2026-11-25');
  });
});
