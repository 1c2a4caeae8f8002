import { describe, expect, it } from 'vitest';
import {
  adminRefundId,
  adminRefundOwedPostings,
  adminRefundSplit,
  checkRefundAmount,
  refundableAmount,
} from '@/lib/domain/admin-refund';
import {
  refundTransactionSchema,
  resolveTransactionSchema,
  parseTypedRupiah,
} from '@/lib/domain/admin-transactions';
import { validatePostings } from '@/lib/domain/ledger';

describe('how much an admin may refund', () => {
  it('is what was paid minus what was already refunded, never below zero', () => {
    expect(refundableAmount({ paid: 106_500, refunded: 0 })).toBe(106_500);
    expect(refundableAmount({ paid: 106_500, refunded: 6_500 })).toBe(100_000);
    expect(refundableAmount({ paid: 106_500, refunded: 106_500 })).toBe(0);
    expect(refundableAmount({ paid: 106_500, refunded: 200_000 })).toBe(0);
  });

  it.each([
    [{ paid: 100_000, refunded: 0, amount: 100_000 }, 'ok'],
    [{ paid: 100_000, refunded: 0, amount: 1 }, 'ok'],
    [{ paid: 100_000, refunded: 0, amount: 100_001 }, 'tooMuch'],
    [{ paid: 100_000, refunded: 40_000, amount: 60_000 }, 'ok'],
    [{ paid: 100_000, refunded: 40_000, amount: 60_001 }, 'tooMuch'],
    [{ paid: 100_000, refunded: 100_000, amount: 1 }, 'nothingLeft'],
    [{ paid: 100_000, refunded: 0, amount: 0 }, 'notPositive'],
    [{ paid: 100_000, refunded: 0, amount: -5 }, 'notPositive'],
    [{ paid: 100_000, refunded: 0, amount: 0.5 }, 'notPositive'],
  ] as const)('%o is %s', (input, expected) => {
    expect(checkRefundAmount(input)).toBe(expected);
  });

  it('never lets the refunds of a payment add up to more than was paid', () => {
    const paid = 56_500;
    for (const amounts of [
      [56_500, 1],
      [30_000, 26_500, 1],
      [10_000, 10_000, 10_000, 26_501],
    ]) {
      let refunded = 0;
      for (const amount of amounts) {
        if (checkRefundAmount({ paid, refunded, amount }) === 'ok') refunded += amount;
      }
      expect(refunded).toBeLessThanOrEqual(paid);
    }
  });
});

describe('what an admin refund posts', () => {
  it('gives back Loket’s fees first, and bears the rest as a loss', () => {
    expect(adminRefundSplit({ fees: 6_500, refundedBefore: 0, amount: 106_500 })).toEqual({
      fromFees: 6_500,
      borneByLoket: 100_000,
    });
    expect(adminRefundSplit({ fees: 6_500, refundedBefore: 0, amount: 5_000 })).toEqual({
      fromFees: 5_000,
      borneByLoket: 0,
    });
    expect(adminRefundSplit({ fees: 6_500, refundedBefore: 5_000, amount: 10_000 })).toEqual({
      fromFees: 1_500,
      borneByLoket: 8_500,
    });
    expect(adminRefundSplit({ fees: 6_500, refundedBefore: 50_000, amount: 10_000 })).toEqual({
      fromFees: 0,
      borneByLoket: 10_000,
    });
  });

  it('balances: refunds payable is credited with the whole amount', () => {
    for (const split of [
      { fromFees: 6_500, borneByLoket: 100_000 },
      { fromFees: 5_000, borneByLoket: 0 },
      { fromFees: 0, borneByLoket: 10_000 },
    ]) {
      const postings = adminRefundOwedPostings(split);
      expect(() => validatePostings(postings)).not.toThrow();
      expect(postings.at(-1)).toEqual({
        accountCode: 'refunds_payable',
        credit: split.fromFees + split.borneByLoket,
      });
    }
  });

  it('numbers refunds by what the admin saw, so two admins on one page make one id', () => {
    expect(adminRefundId('txn1', 0)).toBe('RF-ADMIN-txn1-1');
    expect(adminRefundId('txn1', 0)).toBe(adminRefundId('txn1', 0));
    expect(adminRefundId('txn1', 1)).toBe('RF-ADMIN-txn1-2');
  });
});

describe('the admin forms', () => {
  it('reads rupiah as typed, and nothing else', () => {
    expect(parseTypedRupiah('50000')).toBe(50_000);
    expect(parseTypedRupiah('50.000')).toBe(50_000);
    expect(parseTypedRupiah('Rp 1.250.000')).toBe(1_250_000);
    for (const typo of ['', '5O000', '50,5', '-5000', '1e5']) {
      expect(parseTypedRupiah(typo)).toBeNull();
    }
  });

  const refund = (input: object) =>
    refundTransactionSchema.safeParse({
      transactionId: 't1',
      amount: '10.000',
      reason: 'Pelanggan meminta pembatalan.',
      refundsSeen: 0,
      ...input,
    });
  const errorsOf = (result: {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  }) =>
    Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );

  it('needs a refund reason of 10 to 500 characters and a positive amount', () => {
    expect(refund({}).success).toBe(true);
    expect(errorsOf(refund({ reason: '  singkat ' }))).toEqual({ reason: 'adminReasonTooShort' });
    expect(errorsOf(refund({ reason: 'x'.repeat(501) }))).toEqual({ reason: 'adminReasonTooLong' });
    expect(errorsOf(refund({ amount: '' }))).toEqual({ amount: 'refundAmountRequired' });
    expect(errorsOf(refund({ amount: '0' }))).toEqual({ amount: 'refundAmountInvalid' });
    expect(errorsOf(refund({ amount: 'semua' }))).toEqual({ amount: 'refundAmountInvalid' });
  });

  it('needs the biller reference to resolve as paid, not as failed', () => {
    const resolve = (input: object) =>
      resolveTransactionSchema.safeParse({
        transactionId: 't1',
        reason: 'Dikonfirmasi lewat telepon ke biller.',
        ...input,
      });
    expect(errorsOf(resolve({ outcome: 'SUCCESS' }))).toEqual({ billerRef: 'billerRefRequired' });
    expect(errorsOf(resolve({ outcome: 'SUCCESS', billerRef: '  ' }))).toEqual({
      billerRef: 'billerRefRequired',
    });
    expect(resolve({ outcome: 'SUCCESS', billerRef: 'REF123' }).success).toBe(true);
    expect(resolve({ outcome: 'FAILED' }).success).toBe(true);
    expect(errorsOf(resolve({}))).toEqual({ outcome: 'resolveOutcomeRequired' });
  });
});
