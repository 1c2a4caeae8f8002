import { describe, expect, it } from 'vitest';
import {
  adjustmentIdOfLedgerKey,
  adjustmentLedgerKey,
  availableAfterAdjustment,
  depositAdjustmentSchema,
  signedAdjustmentAmount,
} from '@/lib/domain/deposit-adjustment';

const errorsOf = (result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) =>
  result.success
    ? {}
    : Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));

const valid = {
  outletId: 'outlet-1',
  direction: 'SUBTRACT',
  amount: 'Rp 150.000',
  reason: '  Kredit ganda isi ulang VA 12 Nov  ',
  idempotencyKey: '3b0b7c1e-6f0a-4f5e-9d3c-2a1b0c9d8e7f',
};

describe('a deposit adjustment', () => {
  it('reads a typed rupiah amount and trims the reason', () => {
    expect(depositAdjustmentSchema.parse(valid)).toEqual({
      ...valid,
      amount: 150_000,
      reason: 'Kredit ganda isi ulang VA 12 Nov',
    });
  });

  it('is signed by its direction, and the confirmation shows the balance after', () => {
    expect(signedAdjustmentAmount({ direction: 'ADD', amount: 5_000 })).toBe(5_000);
    expect(signedAdjustmentAmount({ direction: 'SUBTRACT', amount: 5_000 })).toBe(-5_000);
    expect(availableAfterAdjustment(20_000, { direction: 'SUBTRACT', amount: 5_000 })).toBe(15_000);
    expect(availableAfterAdjustment(20_000, { direction: 'ADD', amount: 5_000 })).toBe(25_000);
  });

  it('needs a direction, a whole positive amount up to Rp100.000.000 and a 10-500 character reason', () => {
    expect(
      errorsOf(
        depositAdjustmentSchema.safeParse({
          ...valid,
          direction: 'MULTIPLY',
          amount: '',
          reason: '',
        }),
      ),
    ).toEqual({
      direction: 'adjustmentDirectionRequired',
      amount: 'adjustmentAmountRequired',
      reason: 'adjustmentReasonTooShort',
    });
    expect(errorsOf(depositAdjustmentSchema.safeParse({ ...valid, amount: 0 }))).toEqual({
      amount: 'adjustmentAmountInvalid',
    });
    expect(errorsOf(depositAdjustmentSchema.safeParse({ ...valid, amount: -5_000 }))).toEqual({
      amount: 'adjustmentAmountInvalid',
    });
    expect(errorsOf(depositAdjustmentSchema.safeParse({ ...valid, amount: '12,5' }))).toEqual({
      amount: 'adjustmentAmountInvalid',
    });
    expect(errorsOf(depositAdjustmentSchema.safeParse({ ...valid, amount: 1.5 }))).toEqual({
      amount: 'adjustmentAmountInvalid',
    });
    expect(depositAdjustmentSchema.safeParse({ ...valid, amount: '100.000.000' }).success).toBe(
      true,
    );
    expect(errorsOf(depositAdjustmentSchema.safeParse({ ...valid, amount: 100_000_001 }))).toEqual({
      amount: 'adjustmentAmountTooLarge',
    });
    // Ten characters once trimmed; spaces around do not count.
    expect(
      errorsOf(depositAdjustmentSchema.safeParse({ ...valid, reason: '   123456789   ' })),
    ).toEqual({ reason: 'adjustmentReasonTooShort' });
    expect(depositAdjustmentSchema.safeParse({ ...valid, reason: '1234567890' }).success).toBe(
      true,
    );
    expect(
      errorsOf(depositAdjustmentSchema.safeParse({ ...valid, reason: 'x'.repeat(501) })),
    ).toEqual({ reason: 'adjustmentReasonTooLong' });
    expect(errorsOf(depositAdjustmentSchema.safeParse({ ...valid, reason: undefined }))).toEqual({
      reason: 'adjustmentReasonTooShort',
    });
  });

  it('carries a UUID idempotency key and an outlet id', () => {
    expect(
      errorsOf(depositAdjustmentSchema.safeParse({ ...valid, idempotencyKey: 'klik-dua-kali' })),
    ).toEqual({ idempotencyKey: 'invalid' });
    expect(errorsOf(depositAdjustmentSchema.safeParse({ ...valid, outletId: '' }))).toEqual({
      outletId: 'invalid',
    });
  });

  it('names its ledger posting by the adjustment, and only such keys', () => {
    expect(adjustmentIdOfLedgerKey(adjustmentLedgerKey('adj-7'))).toBe('adj-7');
    expect(adjustmentIdOfLedgerKey('topup:abc:credited')).toBeNull();
    expect(adjustmentIdOfLedgerKey('seed:opening-deposit:o1')).toBeNull();
    expect(adjustmentIdOfLedgerKey('deposit-adjustment:')).toBeNull();
  });
});
