import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { paymentFailureReason, refundCause, yesNo } from '@/lib/domain/payment-notices';
import { PAYMENT_METHODS } from '@/lib/domain/payment-methods';
import { maskCustomerNo } from '@/lib/domain/receipt';
import { env } from '@/lib/env';
import { enqueueEmail } from '../outbox/enqueue';
import { notify } from './notify';

// What a customer hears about the end of a payment, written inside the DB transaction of the
// change that causes it. Each is keyed per transaction (per refund for refunds), so a repeated
// biller answer or webhook tells nothing twice. Counter sales are the outlet's business: their
// cashier prints the receipt and sees the outcome on the counter screen.

const paymentPath = (transactionId: string) => `/home/payments/${transactionId}`;

/** The transaction with what the notices need, or null when it is not a customer's own. */
async function customerPayment(tx: DbTransaction, transactionId: string) {
  const txn = await tx.transaction.findUniqueOrThrow({
    where: { id: transactionId },
    select: {
      id: true,
      outletId: true,
      customerNo: true,
      token: true,
      failureReason: true,
      biller: { select: { nameId: true, nameEn: true } },
      user: { select: { id: true, role: true, email: true, name: true, locale: true } },
    },
  });
  if (txn.outletId !== null || txn.user.role !== 'CUSTOMER') return null;
  const locale = toLocale(txn.user.locale);
  return {
    ...txn,
    locale,
    names: { billerNameId: txn.biller.nameId, billerNameEn: txn.biller.nameEn },
    billerName: locale === 'id' ? txn.biller.nameId : txn.biller.nameEn,
  };
}

/**
 * The biller was paid: an in-app notice leading to the receipt. No e-mail here: the receipt
 * e-mail (issueReceipt) is the success e-mail. `delayed`: it was pending at the biller first.
 */
export async function noticePaymentSucceeded(
  tx: DbTransaction,
  input: { transactionId: string; delayed: boolean },
): Promise<void> {
  const txn = await customerPayment(tx, input.transactionId);
  if (!txn) return;
  // The charge that paid: any other paid charge of this transaction is owed back.
  const charge = await tx.paymentCharge.findFirstOrThrow({
    where: { transactionId: txn.id, status: 'PAID', refunds: { none: {} } },
    orderBy: { paidAt: 'asc' },
    select: { amount: true },
  });
  await notify(tx, {
    userId: txn.user.id,
    kind: 'PAYMENT_SUCCEEDED',
    params: {
      ...txn.names,
      amount: formatRupiah(charge.amount),
      token: yesNo(txn.token !== null),
      delayed: yesNo(input.delayed),
    },
    href: `${paymentPath(txn.id)}/receipt`,
    dedupeKey: `payment-succeeded:${txn.id}`,
  });
}

/**
 * The biller refused: a notice and an e-mail saying why and that the money is being refunded.
 * Called after the refund is owed, whose amount it tells.
 */
export async function noticePaymentFailed(
  tx: DbTransaction,
  input: { transactionId: string; delayed: boolean },
): Promise<void> {
  const txn = await customerPayment(tx, input.transactionId);
  if (!txn) return;
  const { amount } = await tx.refund.findFirstOrThrow({
    where: { transactionId: txn.id, reason: 'BILLER_FAILED' },
    select: { amount: true },
  });
  const reason = paymentFailureReason(txn.failureReason);
  const dedupeKey = `payment-failed:${txn.id}`;
  await notify(tx, {
    userId: txn.user.id,
    kind: 'PAYMENT_FAILED',
    params: {
      ...txn.names,
      amount: formatRupiah(amount),
      reason,
      delayed: yesNo(input.delayed),
    },
    href: paymentPath(txn.id),
    dedupeKey,
  });
  await enqueueEmail(tx, {
    dedupeKey,
    template: 'payment-failed',
    recipient: txn.user.email,
    locale: txn.locale,
    payload: {
      name: txn.user.name,
      biller: txn.billerName,
      customerNo: maskCustomerNo(txn.customerNo),
      amount,
      reason,
      delayed: input.delayed,
      url: new URL(paymentPath(txn.id), env.APP_URL).toString(),
    },
  });
}

/**
 * A review notice and its e-mail, both about the whole amount charged: the notice reads in the
 * reader's language whenever it is shown, the e-mail is written in theirs now.
 */
async function noticeReview(
  tx: DbTransaction,
  input: {
    transactionId: string;
    amount: number;
    kind: 'PAYMENT_HELD' | 'PAYMENT_NOT_APPROVED';
    template: 'payment-held' | 'payment-not-approved';
    dedupeKey: string;
  },
): Promise<void> {
  const txn = await customerPayment(tx, input.transactionId);
  if (!txn) return;
  await notify(tx, {
    userId: txn.user.id,
    kind: input.kind,
    params: { ...txn.names, amount: formatRupiah(input.amount) },
    href: paymentPath(txn.id),
    dedupeKey: input.dedupeKey,
  });
  await enqueueEmail(tx, {
    dedupeKey: input.dedupeKey,
    template: input.template,
    recipient: txn.user.email,
    locale: txn.locale,
    payload: {
      name: txn.user.name,
      biller: txn.billerName,
      customerNo: maskCustomerNo(txn.customerNo),
      amount: input.amount,
      url: new URL(paymentPath(txn.id), env.APP_URL).toString(),
    },
  });
}

/**
 * The money arrived and the payment is held for review: a notice and an e-mail saying nothing
 * more is needed and what happens either way. Why it is held is never told.
 */
export async function noticePaymentHeld(
  tx: DbTransaction,
  input: { transactionId: string; chargeId: string },
): Promise<void> {
  const { amount } = await tx.paymentCharge.findUniqueOrThrow({
    where: { id: input.chargeId },
    select: { amount: true },
  });
  await noticeReview(tx, {
    transactionId: input.transactionId,
    amount,
    kind: 'PAYMENT_HELD',
    template: 'payment-held',
    dedupeKey: `payment-held:${input.transactionId}`,
  });
}

/**
 * A held payment was not approved: a notice and an e-mail that the bill is unpaid and the whole
 * `refunded` amount is on its way back. Called after the refund is owed.
 */
export async function noticePaymentNotApproved(
  tx: DbTransaction,
  input: { transactionId: string; refunded: number },
): Promise<void> {
  await noticeReview(tx, {
    transactionId: input.transactionId,
    amount: input.refunded,
    kind: 'PAYMENT_NOT_APPROVED',
    template: 'payment-not-approved',
    dedupeKey: `payment-not-approved:${input.transactionId}`,
  });
}

/**
 * The gateway returned a refund: a notice and an e-mail with the amount and where it went.
 * Keyed per refund: one payment may have two (a second charge that paid late, then a failure).
 */
export async function noticeRefundReturned(
  tx: DbTransaction,
  refund: {
    refundId: string;
    transactionId: string;
    chargeId: string;
    amount: number;
    reason: string;
  },
): Promise<void> {
  const txn = await customerPayment(tx, refund.transactionId);
  if (!txn) return;
  const charge = await tx.paymentCharge.findUniqueOrThrow({
    where: { id: refund.chargeId },
    select: { method: true },
  });
  const method = PAYMENT_METHODS.find((known) => known === charge.method);
  if (!method) throw new Error(`charge ${refund.chargeId} has an unknown method`);
  const cause = refundCause(refund.reason);
  const dedupeKey = `payment-refunded:${refund.refundId}`;
  await notify(tx, {
    userId: txn.user.id,
    kind: 'PAYMENT_REFUNDED',
    params: { ...txn.names, amount: formatRupiah(refund.amount), method, cause },
    href: paymentPath(txn.id),
    dedupeKey,
  });
  await enqueueEmail(tx, {
    dedupeKey,
    template: 'payment-refunded',
    recipient: txn.user.email,
    locale: txn.locale,
    payload: {
      name: txn.user.name,
      biller: txn.billerName,
      customerNo: maskCustomerNo(txn.customerNo),
      amount: refund.amount,
      method,
      cause,
      url: new URL(paymentPath(txn.id), env.APP_URL).toString(),
    },
  });
}
