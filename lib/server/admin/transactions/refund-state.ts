import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { ADMIN_REFUND_REASON, refundableAmount } from '@/lib/domain/admin-refund';
import { settlementAmounts } from '../../payments/apply-biller-outcome';

export type RefundState = {
  /** The charge that paid the sale; refunds go back through it. */
  chargeId: string;
  /** What the customer paid through it. */
  paid: number;
  /** Refunded or being refunded from it so far. */
  refunded: number;
  /** Loket's fees in the sale (what it earned beyond what the biller is owed). */
  fees: number;
  /** What admins refunded before (fees are given back first). */
  refundedByAdmins: number;
  /** Admin refunds on the transaction: the next one's number, and the stale-page check. */
  adminRefunds: number;
  /** What may still be refunded. */
  left: number;
};

/**
 * What an admin may still refund of a successful online sale, or null if the sale was not paid
 * through the gateway (a counter sale's cash goes back at the counter, never through here).
 */
export async function refundState(
  tx: DbTransaction,
  transactionId: string,
): Promise<RefundState | null> {
  const txn = await tx.transaction.findUnique({
    where: { id: transactionId },
    select: { outletId: true, charges: { where: { status: { in: ['PAID', 'REFUNDED'] } } } },
  });
  if (!txn || txn.outletId !== null || txn.charges.length === 0) return null;
  const { charge, charged, owedToBiller } = await settlementAmounts(tx, transactionId);
  const refunds = await tx.refund.findMany({
    where: { transactionId },
    select: { chargeId: true, amount: true, reason: true },
  });
  const fromCharge = refunds.filter((refund) => refund.chargeId === charge.id);
  const admin = refunds.filter((refund) => refund.reason === ADMIN_REFUND_REASON);
  const refunded = fromCharge.reduce((sum, refund) => sum + refund.amount, 0);
  return {
    chargeId: charge.id,
    paid: charged,
    refunded,
    fees: charged - owedToBiller,
    refundedByAdmins: admin.reduce((sum, refund) => sum + refund.amount, 0),
    adminRefunds: admin.length,
    left: refundableAmount({ paid: charged, refunded }),
  };
}
