// The one interface Loket uses to reach billers. The HTTP adapter speaks the protocol in
// docs/biller-switch-protocol.md; a real aggregator would be one more implementation.

export type BillPeriod = { period: string; amount: number; penalty: number };

export type InquiryResult = {
  customerName: string;
  customerNo: string;
  details: Record<string, string | number>;
  periods: BillPeriod[];
  /** Sum of the periods' bill amounts, whole rupiah (0 for prepaid). */
  amount: number;
  /** Sum of the periods' penalties, whole rupiah. */
  penalty: number;
};

/** Why no usable answer came back: nothing to read, so nothing is known. */
export type NoAnswer = 'TIMEOUT' | 'NETWORK' | 'HTTP_ERROR' | 'BAD_RESPONSE';

/** Why the biller said no to an inquiry: the customer can act on each of these. */
export type InquiryRefusal =
  | 'UNKNOWN_CUSTOMER'
  | 'ALREADY_PAID'
  | 'NOT_AVAILABLE_YET'
  | 'CUT_OFF'
  | 'DUPLICATE_REFERENCE'
  /** rc 40 or 41: our request or our credentials are wrong (logged as an error). */
  | 'INVALID_REQUEST';

export type InquiryOutcome =
  | { kind: 'ok'; inquiry: InquiryResult; rc: string }
  | { kind: 'refused'; reason: InquiryRefusal; rc: string; message: string }
  /** The switch could not answer (down, timeout, malfunction): nothing happened, retry is safe. */
  | { kind: 'unavailable'; reason: NoAnswer | 'MALFUNCTION' | 'UNKNOWN_CODE'; rc?: string };

export type PaymentReceipt = { billerRef: string; token?: string; kwh?: number; paidAt?: string };

/** Why a payment certainly did not go through: no money reached the biller. */
export type PaymentFailure =
  | 'FAILED'
  | 'INSUFFICIENT_DEPOSIT'
  | 'UNKNOWN_CUSTOMER'
  | 'ALREADY_PAID'
  | 'CUT_OFF'
  | 'NOT_AVAILABLE_YET'
  /** rc 40 or 41 on a payment: refused before it was processed (logged as an error). */
  | 'INVALID_REQUEST'
  /** rc 63: the switch never received a payment with this refId. */
  | 'NOT_FOUND';

/** Why the outcome is not known yet. */
export type PendingReason =
  | NoAnswer
  | 'SWITCH_PENDING'
  | 'SWITCH_TIMEOUT'
  | 'MALFUNCTION'
  /** rc 49 on a payment: the refId was already used; advice tells what happened to it. */
  | 'DUPLICATE_REFERENCE'
  /** rc 40, 41 or 49 on an advice: the question was refused, so the payment is still unknown. */
  | 'ADVICE_REFUSED'
  | 'UNKNOWN_CODE';

export type PaymentOutcome =
  | { kind: 'success'; payment: PaymentReceipt; rc: string }
  | { kind: 'failed'; reason: PaymentFailure; rc: string; message: string }
  /** Unknown: the money may or may not have reached the biller. Only advice settles it. */
  | { kind: 'pending'; rc?: string; reason: PendingReason }
  | { kind: 'reversed'; rc: string };

export type ReversalOutcome =
  | { kind: 'reversed'; rc: string }
  | { kind: 'refused'; rc: string; message: string }
  | {
      kind: 'unknown';
      reason: NoAnswer | 'SWITCH_PENDING' | 'SWITCH_TIMEOUT' | 'MALFUNCTION' | 'UNKNOWN_CODE';
      rc?: string;
    };

export interface BillerSwitch {
  inquire(request: {
    refId: string;
    productCode: string;
    customerNo: string;
  }): Promise<InquiryOutcome>;
  pay(request: {
    refId: string;
    productCode: string;
    customerNo: string;
    amount: number;
    inquiryRefId?: string;
  }): Promise<PaymentOutcome>;
  advice(request: { refId: string }): Promise<PaymentOutcome>;
  reverse(request: { refId: string }): Promise<ReversalOutcome>;
}
