import { describe, expect, it } from 'vitest';
import {
  counterAmounts,
  isLowBalance,
  lowBalanceThresholdSchema,
  manualTopUpFieldsSchema,
  outletMarkupFor,
  statementFiltersSchema,
  statementKind,
  topUpDecisionSchema,
  topUpIdOfOrder,
  topUpOrderId,
  vaTopUpSchema,
} from '@/lib/domain/deposit';

const errorsOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

describe('counter sale amounts', () => {
  it('caps the biaya loket at the biller maximum and keeps it out of the deposit charge', () => {
    expect(outletMarkupFor(2_000, 3_000)).toBe(2_000);
    expect(outletMarkupFor(5_000, 3_000)).toBe(3_000);
    expect(outletMarkupFor(2_000, 0)).toBe(0);
    expect(counterAmounts({ totalAmount: 152_500, outletMarkup: 2_000 })).toEqual({
      totalToCollect: 154_500,
      depositCharge: 152_500,
    });
  });

  it('warns below the threshold, and never when the threshold is 0', () => {
    expect(isLowBalance(99_999, 100_000)).toBe(true);
    expect(isLowBalance(100_000, 100_000)).toBe(false);
    expect(isLowBalance(0, 0)).toBe(false);
  });
});

describe('top-up order ids', () => {
  it('tell a top-up from a bill payment and give its id back', () => {
    expect(topUpIdOfOrder(topUpOrderId('cm123'))).toBe('cm123');
    expect(topUpIdOfOrder('cm123')).toBeNull();
    expect(topUpIdOfOrder('TOPUP-')).toBeNull();
  });
});

describe('top-up forms', () => {
  const key = 'key-12345678';
  it('reads rupiah as people write it and keeps the limits', () => {
    expect(
      vaTopUpSchema.parse({ amount: 'Rp 1.250.000', bank: 'BCA', idempotencyKey: key }),
    ).toEqual({
      amount: 1_250_000,
      bank: 'BCA',
      idempotencyKey: key,
    });
    expect(
      errorsOf(vaTopUpSchema.safeParse({ amount: '49.999', bank: 'BCA', idempotencyKey: key })),
    ).toEqual(['topUpAmountTooSmall']);
    expect(
      errorsOf(vaTopUpSchema.safeParse({ amount: 50_000_001, bank: 'BCA', idempotencyKey: key })),
    ).toEqual(['topUpAmountTooLarge']);
    expect(
      errorsOf(vaTopUpSchema.safeParse({ amount: '', bank: 'XYZ', idempotencyKey: key })),
    ).toEqual(['topUpAmountRequired', 'topUpBankRequired']);
    expect(
      errorsOf(vaTopUpSchema.safeParse({ amount: '12,5', bank: 'BCA', idempotencyKey: key })),
    ).toEqual(['topUpAmountInvalid']);
  });

  it('asks a manual transfer for its reference', () => {
    expect(
      errorsOf(
        manualTopUpFieldsSchema.safeParse({ amount: 100_000, bank: 'BNI', transferRef: ' a ' }),
      ),
    ).toEqual(['transferRefRequired']);
    expect(
      manualTopUpFieldsSchema.parse({ amount: '100.000', bank: 'BNI', transferRef: ' BUDI S ' }),
    ).toEqual({ amount: 100_000, bank: 'BNI', transferRef: 'BUDI S' });
  });

  it('keeps the low-balance threshold between 0 and Rp100.000.000', () => {
    expect(lowBalanceThresholdSchema.parse({ threshold: '0' })).toEqual({ threshold: 0 });
    expect(errorsOf(lowBalanceThresholdSchema.safeParse({ threshold: '100.000.001' }))).toEqual([
      'thresholdTooLarge',
    ]);
    expect(errorsOf(lowBalanceThresholdSchema.safeParse({ threshold: '-5' }))).toEqual([
      'thresholdInvalid',
    ]);
  });

  it('needs a reason of 10 characters to reject a transfer', () => {
    expect(
      errorsOf(topUpDecisionSchema.safeParse({ topUpId: 'x', decision: 'REJECT', reason: 'blur' })),
    ).toEqual(['topUpReasonTooShort']);
    expect(topUpDecisionSchema.parse({ topUpId: 'x', decision: 'APPROVE' })).toEqual({
      topUpId: 'x',
      decision: 'APPROVE',
    });
  });
});

describe('the statement', () => {
  it('names each ledger posting that moves a deposit', () => {
    expect(statementKind('DEPOSIT_HOLD')).toBe('sale');
    expect(statementKind('DEPOSIT_HOLD_RELEASED')).toBe('released');
    expect(statementKind('AGENT_COMMISSION')).toBe('commission');
    expect(statementKind('DEPOSIT_TOPUP')).toBe('topUp');
    expect(statementKind('DEPOSIT_ADJUSTMENT')).toBe('adjustment');
    expect(statementKind('SOMETHING_NEW')).toBe('other');
  });

  it('reads its date filters from the URL', () => {
    expect(statementFiltersSchema.parse({ from: '2026-11-01', to: '', page: '2' })).toEqual({
      from: '2026-11-01',
      page: 2,
    });
    expect(
      errorsOf(statementFiltersSchema.safeParse({ from: '2026-11-02', to: '2026-11-01' })),
    ).toEqual(['historyDateOrder']);
  });
});
