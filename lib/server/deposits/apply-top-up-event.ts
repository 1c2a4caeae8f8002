import 'server-only';
import type { DbTransaction } from '@/lib/db';
import type { GatewayEvent } from '@/lib/integrations/payment-gateway/types';
import { log } from '@/lib/log';
import type { EventOutcome } from '../payments/apply-gateway-event';
import { creditTopUp } from './credit-top-up';

/**
 * A verified gateway event about a top-up's VA, inside the webhook's DB transaction (which has
 * recorded the event id, so a replay never gets here). The money is credited once: the move to
 * PAID is conditional, and a payment that comes after expiry is still credited. A stale expiry
 * after the payment changes nothing.
 */
export async function applyTopUpEvent(
  tx: DbTransaction,
  topUpId: string,
  event: GatewayEvent,
  now: Date,
): Promise<EventOutcome> {
  const topUp = await tx.depositTopUp.findUnique({ where: { id: topUpId } });
  const chargeId = event.data.chargeId;
  if (!topUp || topUp.method !== 'VA' || (topUp.gatewayChargeId ?? chargeId) !== chargeId) {
    log('warn', 'gateway event for an unknown top-up', { eventId: event.id, topUpId, chargeId });
    return 'UNKNOWN_CHARGE';
  }
  switch (event.type) {
    case 'charge.paid': {
      if (event.data.amount !== topUp.amount || event.data.currency !== 'IDR') {
        log('error', 'gateway reported a different top-up amount: not credited, flagged', {
          eventId: event.id,
          topUpId,
          expected: topUp.amount,
          reported: event.data.amount,
        });
        return 'AMOUNT_MISMATCH';
      }
      const { count } = await tx.depositTopUp.updateMany({
        where: { id: topUp.id, status: { in: ['PENDING', 'EXPIRED'] } },
        data: { status: 'PAID', paidAt: now, gatewayChargeId: chargeId },
      });
      if (count === 0) return 'DUPLICATE';
      await creditTopUp(tx, topUp);
      return 'TOPUP_CREDITED';
    }
    case 'charge.expired': {
      const { count } = await tx.depositTopUp.updateMany({
        where: { id: topUp.id, status: 'PENDING' },
        data: { status: 'EXPIRED' },
      });
      return count === 0 ? 'IGNORED' : 'EXPIRED';
    }
    case 'charge.failed':
    case 'refund.succeeded':
      return 'IGNORED';
  }
}
