import 'server-only';
import { db } from '@/lib/db';
import { paymentGateway } from '@/lib/integrations/payment-gateway';
import type { PaymentGateway } from '@/lib/integrations/payment-gateway/types';
import { log } from '@/lib/log';
import { applyRefundSucceeded } from '../payments/apply-refund-succeeded';

const BATCH = 20;

/**
 * Sends every owed refund to the gateway. The refund id is ours and fixed, so sending it again
 * after a crash or a lost answer returns the same refund instead of paying out twice.
 */
export async function sendRefunds(input: { gateway?: PaymentGateway } = {}): Promise<number> {
  const gateway = input.gateway ?? paymentGateway();
  const owed = await db.refund.findMany({
    where: { status: 'PENDING' },
    orderBy: { requestedAt: 'asc' },
    take: BATCH,
    include: { charge: { select: { gatewayChargeId: true } } },
  });
  let sent = 0;
  for (const refund of owed) {
    const result = await gateway.refund({
      chargeId: refund.charge.gatewayChargeId,
      refundId: refund.refundId,
      amount: refund.amount,
      reason: refund.reason,
    });
    if (result.kind === 'succeeded') {
      await db.$transaction((tx) =>
        applyRefundSucceeded(tx, refund.refundId, new Date(result.refund.createdAt)),
      );
      sent++;
    } else {
      log(result.kind === 'refused' ? 'error' : 'warn', 'refund not sent', {
        refundId: refund.refundId,
        result: result.kind,
        reason: result.reason,
      });
    }
  }
  return sent;
}
