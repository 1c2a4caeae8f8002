import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { refundPaidPostings } from '@/lib/domain/ledger';
import { postLedgerTransaction } from '../ledger/post-ledger-transaction';
import { noticeRefundReturned } from '../notifications/payment-notices';
import { transition } from '../transactions/transition';

/**
 * The gateway returned a refund to the customer: closes the refund, posts it, and moves a
 * failed transaction to REFUNDED. Whichever of the refund call and its webhook arrives first
 * does this; the second finds nothing to do.
 */
export async function applyRefundSucceeded(
  tx: DbTransaction,
  refundId: string,
  now: Date,
): Promise<boolean> {
  const refund = await tx.refund.findUnique({ where: { refundId } });
  if (!refund) return false;
  const { count } = await tx.refund.updateMany({
    where: { id: refund.id, status: 'PENDING' },
    data: { status: 'SUCCEEDED', succeededAt: now },
  });
  if (count === 0) return false;
  await postLedgerTransaction(tx, {
    idempotencyKey: `refund:${refundId}:paid`,
    kind: 'REFUND_PAID',
    transactionId: refund.transactionId,
    description: `refund returned to the customer (${refund.reason})`,
    postings: refundPaidPostings({ total: refund.amount }),
  });
  await tx.paymentCharge.update({ where: { id: refund.chargeId }, data: { status: 'REFUNDED' } });
  if (refund.reason === 'BILLER_FAILED') {
    await transition(tx, {
      transactionId: refund.transactionId,
      from: 'FAILED',
      to: 'REFUNDED',
      actor: { type: 'GATEWAY' },
      reason: `refund ${refundId} returned`,
    });
  }
  await noticeRefundReturned(tx, refund);
  return true;
}
