import 'server-only';
import { db } from '@/lib/db';
import { wibDayStart } from '@/lib/domain/history';
import type { ReconciliationSource, SettlementEntry } from '@/lib/domain/reconciliation';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The WIB day as a half-open range of instants. */
function dayRange(date: string): { gte: Date; lt: Date } {
  const start = wibDayStart(date);
  if (!start) throw new Error(`not a day: ${date}`);
  return { gte: start, lt: new Date(start.getTime() + DAY_MS) };
}

/**
 * What Loket recorded for a provider's settlement day. The biller: every payment the switch
 * confirmed that day, by our payment reference, for what Loket owes the biller (the bill with
 * its penalty, or a prepaid product's face value). The gateway: every charge paid that day, by
 * the gateway's charge id, and every refund that went through, by our refund id.
 */
export async function ourSettlement(
  source: ReconciliationSource,
  date: string,
): Promise<SettlementEntry[]> {
  const range = dayRange(date);
  if (source === 'BILLER') {
    const paid = await db.transaction.findMany({
      where: { completedAt: range, billerRef: { not: null }, billerPaymentId: { not: null } },
      select: {
        id: true,
        billerPaymentId: true,
        billAmount: true,
        penalty: true,
        biller: { select: { kind: true } },
        product: { select: { faceValue: true } },
      },
    });
    return paid.map((txn) => ({
      reference: txn.billerPaymentId ?? '',
      amount:
        txn.biller.kind === 'PREPAID'
          ? (txn.product?.faceValue ?? 0)
          : txn.billAmount + txn.penalty,
      transactionId: txn.id,
    }));
  }
  const [charges, refunds] = await Promise.all([
    db.paymentCharge.findMany({
      where: { paidAt: range, status: { in: ['PAID', 'REFUNDED'] } },
      select: { gatewayChargeId: true, amount: true, transactionId: true },
    }),
    db.refund.findMany({
      where: { status: 'SUCCEEDED', succeededAt: range },
      select: { refundId: true, amount: true, transactionId: true },
    }),
  ]);
  return [
    ...charges.map((charge) => ({
      reference: charge.gatewayChargeId,
      amount: charge.amount,
      transactionId: charge.transactionId,
    })),
    ...refunds.map((refund) => ({
      reference: refund.refundId,
      amount: refund.amount,
      transactionId: refund.transactionId,
    })),
  ];
}
