import 'server-only';
import { db, type DbTransaction } from '@/lib/db';
import { topUpIdOfOrder } from '@/lib/domain/deposit';
import { fundsConfirmedPostings } from '@/lib/domain/ledger';
import type { GatewayEvent } from '@/lib/integrations/payment-gateway/types';
import { log } from '@/lib/log';
import { applyTopUpEvent } from '../deposits/apply-top-up-event';
import { holdIfRulesBroken } from '../fraud/evaluate-transaction';
import { postLedgerTransaction } from '../ledger/post-ledger-transaction';
import { transition } from '../transactions/transition';
import { LATE_OR_DUPLICATE_PAYMENT, oweRefund } from './apply-biller-outcome';
import { applyRefundSucceeded } from './apply-refund-succeeded';

export type EventOutcome =
  | 'PAID'
  | 'ON_HOLD'
  | 'TOPUP_CREDITED'
  | 'REFUND_OWED'
  | 'EXPIRED'
  | 'FAILED'
  | 'REFUNDED'
  | 'DUPLICATE'
  | 'AMOUNT_MISMATCH'
  | 'UNKNOWN_CHARGE'
  | 'IGNORED';

/**
 * Applies one verified gateway event. The event id is recorded in the same DB transaction as
 * its effects, so a repeated webhook is acknowledged and changes nothing, and a failure halfway
 * leaves the event unrecorded for the gateway's retry.
 */
export async function applyGatewayEvent(
  event: GatewayEvent,
  now = new Date(),
): Promise<EventOutcome> {
  return db.$transaction(async (tx) => {
    const fresh = await tx.$executeRaw`
      INSERT INTO "GatewayEvent" ("id", "type", "chargeId", "outcome", "receivedAt")
      VALUES (${event.id}, ${event.type}, ${event.data.chargeId}, ${'PENDING'}, ${now})
      ON CONFLICT ("id") DO NOTHING`;
    if (fresh === 0) return 'DUPLICATE';
    const outcome = await applyFresh(tx, event, now);
    await tx.gatewayEvent.update({ where: { id: event.id }, data: { outcome } });
    return outcome;
  });
}

async function applyFresh(
  tx: DbTransaction,
  event: GatewayEvent,
  now: Date,
): Promise<EventOutcome> {
  // A deposit top-up's VA: its order id names the top-up, not a transaction.
  const topUpId = topUpIdOfOrder(event.data.orderId);
  if (topUpId) return applyTopUpEvent(tx, topUpId, event, now);
  const charge = await tx.paymentCharge.findUnique({
    where: { gatewayChargeId: event.data.chargeId },
  });
  if (!charge) {
    log('warn', 'gateway event for an unknown charge', {
      eventId: event.id,
      chargeId: event.data.chargeId,
    });
    return 'UNKNOWN_CHARGE';
  }
  switch (event.type) {
    case 'charge.paid': {
      if (event.data.amount !== charge.amount || event.data.currency !== charge.currency) {
        log('error', 'gateway reported a different amount: not paid, flagged for review', {
          eventId: event.id,
          chargeId: charge.id,
          expected: charge.amount,
          reported: event.data.amount,
        });
        return 'AMOUNT_MISMATCH';
      }
      const { count } = await tx.paymentCharge.updateMany({
        where: { id: charge.id, status: { in: ['PENDING', 'EXPIRED', 'FAILED'] } },
        data: {
          status: 'PAID',
          paidAt: new Date(event.data.paidAt),
          cardBrand: event.data.card?.brand ?? null,
          cardLast4: event.data.card?.last4 ?? null,
          cardFingerprint: event.data.card?.fingerprint ?? null,
        },
      });
      if (count === 0) return 'DUPLICATE';
      await postLedgerTransaction(tx, {
        idempotencyKey: `charge:${charge.id}:paid`,
        kind: 'FUNDS_CONFIRMED',
        transactionId: charge.transactionId,
        description: `${charge.method} ${charge.channel} payment confirmed by the gateway`,
        postings: fundsConfirmedPostings({ total: charge.amount }),
      });
      const moved = await transition(tx, {
        transactionId: charge.transactionId,
        from: 'AWAITING_PAYMENT',
        to: 'PAID',
        actor: { type: 'GATEWAY' },
        reason: `funds confirmed (${event.type} ${event.id})`,
        payload: event,
      });
      if (moved) {
        await tx.transaction.update({ where: { id: charge.transactionId }, data: { paidAt: now } });
        const input = { transactionId: charge.transactionId, chargeId: charge.id, now };
        return (await holdIfRulesBroken(tx, input)) ? 'ON_HOLD' : 'PAID';
      }
      // Money for a transaction that expired or was already paid another way: never kept.
      await oweRefund(tx, {
        transactionId: charge.transactionId,
        chargeId: charge.id,
        amount: charge.amount,
        reason: LATE_OR_DUPLICATE_PAYMENT,
      });
      return 'REFUND_OWED';
    }
    case 'charge.expired': {
      const { count } = await tx.paymentCharge.updateMany({
        where: { id: charge.id, status: 'PENDING' },
        data: { status: 'EXPIRED' },
      });
      if (count === 0) return 'IGNORED';
      const stillOpen = await tx.paymentCharge.count({
        where: { transactionId: charge.transactionId, status: { in: ['PENDING', 'PAID'] } },
      });
      if (stillOpen > 0) return 'IGNORED';
      const moved = await transition(tx, {
        transactionId: charge.transactionId,
        from: 'AWAITING_PAYMENT',
        to: 'EXPIRED',
        actor: { type: 'GATEWAY' },
        reason: `payment window closed (${event.id})`,
      });
      return moved ? 'EXPIRED' : 'IGNORED';
    }
    case 'charge.failed': {
      const { count } = await tx.paymentCharge.updateMany({
        where: { id: charge.id, status: 'PENDING' },
        data: { status: 'FAILED', failureCode: event.data.failureReason ?? event.data.failureCode },
      });
      return count === 0 ? 'IGNORED' : 'FAILED';
    }
    case 'refund.succeeded': {
      const applied = await applyRefundSucceeded(
        tx,
        event.data.refund.refundId,
        new Date(event.data.refund.createdAt),
      );
      return applied ? 'REFUNDED' : 'IGNORED';
    }
  }
}
