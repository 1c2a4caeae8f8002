import 'server-only';
import { db } from '@/lib/db';
import { paymentGateway } from '@/lib/integrations/payment-gateway';
import type {
  Charge,
  GatewayEvent,
  PaymentGateway,
} from '@/lib/integrations/payment-gateway/types';
import { applyGatewayEvent } from '../payments/apply-gateway-event';

const BATCH = 20;
// Past its window, a charge should have told us how it ended; if not, we ask.
const GRACE_MS = 60 * 1000;

function statusEvent(charge: Charge): GatewayEvent | null {
  const base = {
    id: `status:${charge.id}:${charge.status}`,
    createdAt: new Date().toISOString(),
  };
  const data = {
    chargeId: charge.id,
    orderId: charge.orderId,
    status: charge.status,
    amount: charge.amount,
    currency: charge.currency,
    method: charge.method,
    channel: charge.channel,
    card: charge.card,
  };
  if (charge.status === 'PAID' && charge.paidAt) {
    return { ...base, type: 'charge.paid', data: { ...data, paidAt: charge.paidAt } };
  }
  if (charge.status === 'EXPIRED') return { ...base, type: 'charge.expired', data };
  if (charge.status === 'FAILED') {
    return {
      ...base,
      type: 'charge.failed',
      data: {
        ...data,
        failureCode: charge.failureCode ?? 'UNKNOWN',
        failureReason: charge.failureReason ?? 'UNKNOWN',
      },
    };
  }
  return null;
}

/**
 * The status check behind the webhooks: charges still PENDING after their window are looked up
 * at the gateway and their outcome applied like a notification (de-duplicated the same way).
 * The VAs of deposit top-ups are charges too: a payment whose webhooks were all lost is still
 * credited.
 */
export async function reconcileCharges(
  input: { now?: Date; gateway?: PaymentGateway } = {},
): Promise<number> {
  const now = input.now ?? new Date();
  const gateway = input.gateway ?? paymentGateway();
  const overdue = await db.paymentCharge.findMany({
    where: { status: 'PENDING', expiresAt: { lt: new Date(now.getTime() - GRACE_MS) } },
    orderBy: { expiresAt: 'asc' },
    take: BATCH,
    select: { gatewayChargeId: true },
  });
  const overdueTopUps = await db.depositTopUp.findMany({
    where: {
      method: 'VA',
      status: 'PENDING',
      gatewayChargeId: { not: null },
      expiresAt: { lt: new Date(now.getTime() - GRACE_MS) },
    },
    orderBy: { expiresAt: 'asc' },
    take: BATCH,
    select: { gatewayChargeId: true },
  });
  const chargeIds = [...overdue, ...overdueTopUps].flatMap((row) => row.gatewayChargeId ?? []);
  let applied = 0;
  for (const gatewayChargeId of chargeIds) {
    const lookup = await gateway.getCharge(gatewayChargeId);
    if (lookup.kind !== 'found') continue;
    const event = statusEvent(lookup.charge);
    if (event && (await applyGatewayEvent(event, now)) !== 'DUPLICATE') applied++;
  }
  return applied;
}
