import type { Posting } from './ledger';
import type { Rupiah } from './money';

// An admin's refund of a successful online sale. The biller was paid and keeps the bill, so the
// money that goes back to the customer is Loket's own: first the fees Loket earned on the sale
// (the admin fee and the payment method's fee, taken back out of fee revenue), then, for the
// rest, a cost Loket bears (refund losses) until it recovers it from the biller, if ever, with a
// posting of its own. Biller payable is left alone: Loket still owes the biller what it paid.

/** The refund reason stored on the Refund row and sent to the gateway. */
export const ADMIN_REFUND_REASON = 'ADMIN';

/** The expense account of the part of admin refunds the fees do not cover. */
export const REFUND_LOSSES_ACCOUNT = 'refund_losses';

/**
 * Our id for an admin refund at the gateway, numbered by how many admin refunds the admin saw on
 * the transaction: two admins who saw the same page make the same id, and the unique refund id
 * lets only one of them through.
 */
export const adminRefundId = (transactionId: string, refundsSeen: number) =>
  `RF-ADMIN-${transactionId}-${refundsSeen + 1}`;

/** What is still refundable of a payment: what was paid minus what was already refunded. */
export function refundableAmount(input: { paid: Rupiah; refunded: Rupiah }): Rupiah {
  return Math.max(0, input.paid - input.refunded);
}

export type RefundAmountCheck = 'ok' | 'nothingLeft' | 'tooMuch' | 'notPositive';

/** Whether `amount` may be refunded: more than zero and never above what is left. */
export function checkRefundAmount(input: {
  paid: Rupiah;
  refunded: Rupiah;
  amount: Rupiah;
}): RefundAmountCheck {
  const left = refundableAmount(input);
  if (left === 0) return 'nothingLeft';
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) return 'notPositive';
  return input.amount > left ? 'tooMuch' : 'ok';
}

/**
 * How a refund splits between fee revenue and Loket's loss. Fees are given back first; earlier
 * admin refunds of the same sale already used up `refundedBefore` of them.
 */
export function adminRefundSplit(input: { fees: Rupiah; refundedBefore: Rupiah; amount: Rupiah }): {
  fromFees: Rupiah;
  borneByLoket: Rupiah;
} {
  const feesLeft = Math.max(0, input.fees - input.refundedBefore);
  const fromFees = Math.min(input.amount, feesLeft);
  return { fromFees, borneByLoket: input.amount - fromFees };
}

/** The money now owed back to the customer, out of fee revenue and Loket's loss. */
export function adminRefundOwedPostings(split: {
  fromFees: Rupiah;
  borneByLoket: Rupiah;
}): Posting[] {
  const amount = split.fromFees + split.borneByLoket;
  return [
    ...(split.fromFees > 0 ? [{ accountCode: 'fee_revenue', debit: split.fromFees }] : []),
    ...(split.borneByLoket > 0
      ? [{ accountCode: REFUND_LOSSES_ACCOUNT, debit: split.borneByLoket }]
      : []),
    { accountCode: 'refunds_payable', credit: amount },
  ];
}
