import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { ADMIN_REFUND_REASON } from '@/lib/domain/admin-refund';
import { FRAUD_REJECTED } from '@/lib/domain/fraud-rules';
import { refundPaidPostings } from '@/lib/domain/ledger';
import { postLedgerTransaction } from '../ledger/post-ledger-transaction';
import { noticeRefundReturned } from '../notifications/payment-notices';
import { transition } from '../transactions/transition';

/**
 * The gateway returned a refund to the customer: closes the refund, posts it, and moves a
 * failed transaction (or a sale an admin refunded in full) to REFUNDED. Whichever of the refund
 * call and its webhook arrives first does this; the second finds nothing to do. `returnedAt` is
 * the gateway's own time of the refund, so reconciliation puts it on the same WIB day as the
 * gateway's settlement file does, even when Loket hears of it after midnight.
 */
export async function applyRefundSucceeded(
  tx: DbTransaction,
  refundId: string,
  returnedAt: Date,
): Promise<boolean> {
  const refund = await tx.refund.findUnique({ where: { refundId } });
  if (!refund) return false;
  const { count } = await tx.refund.updateMany({
    where: { id: refund.id, status: 'PENDING' },
    data: { status: 'SUCCEEDED', succeededAt: returnedAt },
  });
  if (count === 0) return false;
  await postLedgerTransaction(tx, {
    idempotencyKey: `refund:${refundId}:paid`,
    kind: 'REFUND_PAID',
    transactionId: refund.transactionId,
    description: `refund returned to the customer (${refund.reason})`,
    postings: refundPaidPostings({ total: refund.amount }),
  });
  // An admin may refund part of a sale: the charge (and the sale) is REFUNDED once all is back.
  const [charge, returned] = await Promise.all([
    tx.paymentCharge.findUniqueOrThrow({ where: { id: refund.chargeId } }),
    tx.refund.aggregate({
      where: { chargeId: refund.chargeId, status: 'SUCCEEDED' },
      _sum: { amount: true },
    }),
  ]);
  const whole = (returned._sum.amount ?? 0) >= charge.amount;
  if (whole) {
    await tx.paymentCharge.update({ where: { id: charge.id }, data: { status: 'REFUNDED' } });
  }
  // A held transaction an admin rejected failed like one the biller refused.
  const failed = refund.reason === 'BILLER_FAILED' || refund.reason === FRAUD_REJECTED;
  if (failed || (refund.reason === ADMIN_REFUND_REASON && whole)) {
    await transition(tx, {
      transactionId: refund.transactionId,
      from: failed ? 'FAILED' : 'SUCCESS',
      to: 'REFUNDED',
      actor: { type: 'GATEWAY' },
      reason: `refund ${refundId} returned`,
    });
  }
  await noticeRefundReturned(tx, refund);
  return true;
}
