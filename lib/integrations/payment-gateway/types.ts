// The one interface Loket uses to take money. The HTTP adapter speaks the gateway API in
// docs/gateway.md; a real gateway would be one more implementation.

export type ChargeMethod = 'VA' | 'CARD' | 'EWALLET';
export type VaBank = 'BCA' | 'BNI' | 'BRI' | 'MANDIRI' | 'PERMATA';
export type EwalletChannel = 'GOPAY' | 'OVO' | 'DANA' | 'SHOPEEPAY' | 'QRIS';
export type ChargeChannel = VaBank | 'CARD' | EwalletChannel;

export type ChargeStatus =
  'PENDING' | 'PAID' | 'EXPIRED' | 'FAILED' | 'REFUNDED' | 'PARTIALLY_REFUNDED';

/**
 * What the gateway tells of the card that paid: never its number. The token is new on every
 * payment; the fingerprint is the same for the same card on every payment.
 */
export type CardSummary = { brand: string; last4: string; token: string; fingerprint?: string };

/** Why a charge failed, read from the gateway's failure code. */
export type ChargeFailure =
  | 'DO_NOT_HONOUR'
  | 'INVALID_CARD'
  | 'INSUFFICIENT_FUNDS'
  | 'EXPIRED_CARD'
  | 'ISSUER_UNAVAILABLE'
  | 'AUTHENTICATION_FAILED'
  | 'DECLINED'
  | 'UNKNOWN';

export type Charge = {
  id: string;
  orderId: string;
  status: ChargeStatus;
  /** Whole rupiah. */
  amount: number;
  currency: 'IDR';
  method: ChargeMethod;
  channel: ChargeChannel;
  createdAt: string;
  expiresAt: string;
  paidAt?: string;
  failureCode?: string;
  failureReason?: ChargeFailure;
  va?: { bank: VaBank; number: string };
  /** Where to send the customer's browser: the hosted card page or the wallet's approval page. */
  actionUrl?: string;
  /** A dynamic QRIS code (QRIS charges). */
  qr?: { string: string; imageUrl?: string };
  card?: CardSummary;
  refundedAmount: number;
};

export type CreateChargeInput = {
  /** The same key with the same input returns the same charge; with another input, a refusal. */
  idempotencyKey: string;
  orderId: string;
  amount: number;
  expiresInSeconds?: number;
  /** Where the hosted pages send the browser back to (with `?chargeId=`). */
  returnUrl?: string;
  /** Overrides the gateway's configured webhook address for this charge's events. */
  notifyUrl?: string;
  customer?: { name: string; email: string };
} & (
  | { method: 'VA'; channel: VaBank }
  | { method: 'CARD'; channel: 'CARD' }
  | { method: 'EWALLET'; channel: EwalletChannel }
);

/** Why no usable answer came back: nothing to read, so nothing is known. */
export type NoAnswer = 'TIMEOUT' | 'NETWORK' | 'HTTP_ERROR' | 'BAD_RESPONSE';

export type ChargeResult =
  | { kind: 'created'; charge: Charge }
  | {
      kind: 'refused';
      /** IDEMPOTENCY_CONFLICT: the key was used for another request. The others are our bugs. */
      reason: 'IDEMPOTENCY_CONFLICT' | 'INVALID_REQUEST' | 'UNAUTHORIZED';
      message: string;
    }
  /** The charge may or may not exist: retry with the same idempotency key to find out. */
  | { kind: 'unavailable'; reason: NoAnswer };

export type ChargeLookup =
  | { kind: 'found'; charge: Charge }
  | { kind: 'not_found' }
  | { kind: 'unavailable'; reason: NoAnswer };

export type Refund = { refundId: string; amount: number; status: 'SUCCEEDED'; createdAt: string };

export type RefundRefusal =
  | 'EXCEEDS_PAID'
  | 'NOT_REFUNDABLE'
  /** The refundId was used for another refund. */
  | 'REFUND_ID_CONFLICT'
  | 'NOT_FOUND'
  | 'INVALID_REQUEST'
  | 'UNAUTHORIZED';

export type RefundResult =
  | { kind: 'succeeded'; refund: Refund }
  | { kind: 'refused'; reason: RefundRefusal; message: string }
  /** The refund may or may not have happened: retry with the same refundId. */
  | { kind: 'unknown'; reason: NoAnswer };

export type ChargeEventData = {
  chargeId: string;
  orderId: string;
  status: ChargeStatus;
  /** What the gateway says was paid: compare it with what was charged before trusting it. */
  amount: number;
  currency: 'IDR';
  method: ChargeMethod;
  channel: ChargeChannel;
  paidAt?: string;
  failureCode?: string;
  failureReason?: ChargeFailure;
  card?: CardSummary;
};

type Event<Type extends string, Data> = { id: string; type: Type; createdAt: string; data: Data };

/**
 * A webhook from the gateway. The same event may come more than once (same `id`), and events
 * may come out of order: a stale `charge.expired` after `charge.paid`, or a `charge.paid` after
 * `charge.expired` when the money came late.
 */
export type GatewayEvent =
  | Event<'charge.paid', ChargeEventData & { paidAt: string }>
  | Event<'charge.expired', ChargeEventData>
  | Event<'charge.failed', ChargeEventData & { failureCode: string; failureReason: ChargeFailure }>
  | Event<
      'refund.succeeded',
      ChargeEventData & { refund: { refundId: string; amount: number; createdAt: string } }
    >;

export type GatewayEventType = GatewayEvent['type'];

export type WebhookInput = {
  rawBody: string;
  headers: Headers | Record<string, string | string[] | undefined>;
  now?: Date;
};

export type WebhookVerification =
  | { ok: true; event: GatewayEvent }
  | { ok: false; reason: 'BAD_SIGNATURE' | 'STALE' | 'MALFORMED' };

export interface PaymentGateway {
  createCharge(input: CreateChargeInput): Promise<ChargeResult>;
  getCharge(id: string): Promise<ChargeLookup>;
  refund(input: {
    chargeId: string;
    refundId: string;
    amount: number;
    reason: string;
  }): Promise<RefundResult>;
  /** Checks a webhook's signature and freshness, then reads it. Never throws. */
  verifyWebhook(input: WebhookInput): WebhookVerification;
}
