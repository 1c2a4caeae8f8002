import type { Bank, Channel, Method } from './channels';

// One charge as the gateway keeps it, and what merchants see of it.

export type ChargeStatus =
  'PENDING' | 'PAID' | 'EXPIRED' | 'FAILED' | 'REFUNDED' | 'PARTIALLY_REFUNDED';

/** All the gateway ever keeps of a card: never its number or CVV. */
export type CardSummary = { brand: string; last4: string; token: string; fingerprint: string };

export type Refund = {
  refundId: string;
  amount: number;
  reason: string;
  status: 'SUCCEEDED';
  createdAt: string;
};

export type Charge = {
  id: string;
  orderId: string;
  amount: number;
  currency: 'IDR';
  method: Method;
  channel: Channel;
  status: ChargeStatus;
  createdAt: string;
  expiresAt: string;
  paidAt?: string;
  failureCode?: string;
  va?: { bank: Bank; number: string };
  qr?: { string: string; imageUrl: string };
  actionUrl?: string;
  returnUrl?: string;
  notifyUrl?: string;
  customer?: { name: string; email: string };
  card?: CardSummary;
  /** Between the card form and the 3-D Secure answer: the card and what its issuer will answer. */
  authentication?: { card: CardSummary; issuerCode: string };
  refunds: Refund[];
};

export const refundedAmount = (charge: Charge) =>
  charge.refunds.reduce((sum, refund) => sum + refund.amount, 0);

export function chargeView(charge: Charge) {
  return {
    id: charge.id,
    orderId: charge.orderId,
    status: charge.status,
    amount: charge.amount,
    currency: charge.currency,
    method: charge.method,
    channel: charge.channel,
    createdAt: charge.createdAt,
    expiresAt: charge.expiresAt,
    paidAt: charge.paidAt,
    failureCode: charge.failureCode,
    va: charge.va,
    actionUrl: charge.actionUrl,
    qr: charge.qr,
    card: charge.card,
    refundedAmount: refundedAmount(charge),
    refunds: charge.refunds,
  };
}
