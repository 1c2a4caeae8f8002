import { randomBytes } from 'node:crypto';
import type { Charge, Refund } from './charge';

// The webhook events the gateway sends to merchants (docs/gateway.md).

export type EventType = 'charge.paid' | 'charge.expired' | 'charge.failed' | 'refund.succeeded';

export type GatewayEvent = {
  id: string;
  type: EventType;
  createdAt: string;
  data: {
    chargeId: string;
    orderId: string;
    status: Charge['status'];
    amount: number;
    currency: 'IDR';
    method: Charge['method'];
    channel: Charge['channel'];
    paidAt?: string;
    failureCode?: string;
    card?: Charge['card'];
    refund?: { refundId: string; amount: number; createdAt: string };
  };
};

const newEventId = () => `evt_${randomBytes(12).toString('hex')}`;

/** The event as of now: later changes to the charge do not change an event already built. */
export function chargeEvent(type: EventType, charge: Charge, refund?: Refund): GatewayEvent {
  return {
    id: newEventId(),
    type,
    createdAt: new Date().toISOString(),
    data: {
      chargeId: charge.id,
      orderId: charge.orderId,
      status: charge.status,
      amount: charge.amount,
      currency: charge.currency,
      method: charge.method,
      channel: charge.channel,
      paidAt: charge.paidAt,
      failureCode: charge.failureCode,
      card: charge.card && { ...charge.card },
      refund: refund && {
        refundId: refund.refundId,
        amount: refund.amount,
        createdAt: refund.createdAt,
      },
    },
  };
}

/** An expiry that lost the race with the payment: dated before it, delivered after it. */
export function staleExpiry(paid: GatewayEvent): GatewayEvent {
  return {
    id: newEventId(),
    type: 'charge.expired',
    createdAt: new Date(Date.parse(paid.createdAt) - 1_000).toISOString(),
    data: { ...paid.data, status: 'EXPIRED', paidAt: undefined, card: undefined },
  };
}

/** What the amount-mismatch fault reports instead of the amount charged. */
export const mismatchedAmount = (amount: number) =>
  amount > 1_000 ? amount - 1_000 : amount + 1_000;
