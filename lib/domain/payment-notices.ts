import { FRAUD_REJECTED } from './fraud-rules';

// What a customer is told about the end of a payment, in words they can act on. The biller's
// own codes stay in the transaction; notices and e-mails carry one of these plain reasons.

/** Why a biller refused a payment, as the customer reads it. */
export const PAYMENT_FAILURE_REASONS = [
  'UNKNOWN_CUSTOMER',
  'ALREADY_PAID',
  'NOT_AVAILABLE_YET',
  'CUT_OFF',
  'BILLER_ERROR',
] as const;
export type PaymentFailureReason = (typeof PAYMENT_FAILURE_REASONS)[number];

/** A transaction's stored failure reason (the switch's refusal, or REVERSED) in customer words. */
export function paymentFailureReason(failureReason: string | null): PaymentFailureReason {
  switch (failureReason) {
    case 'UNKNOWN_CUSTOMER':
    case 'ALREADY_PAID':
    case 'NOT_AVAILABLE_YET':
    case 'CUT_OFF':
      return failureReason;
    default:
      // A reversal, a switch malfunction, our own refused request: nothing the customer did.
      return 'BILLER_ERROR';
  }
}

/**
 * Why money went back: the biller failed, it came after the bill was paid or closed, or the
 * payment was not approved after a review (the rules it broke are never told).
 */
export const REFUND_CAUSES = ['BILLER_FAILED', 'EXTRA_PAYMENT', 'NOT_APPROVED', 'OTHER'] as const;
export type RefundCause = (typeof REFUND_CAUSES)[number];

export function refundCause(reason: string): RefundCause {
  if (reason === 'BILLER_FAILED') return 'BILLER_FAILED';
  if (reason === FRAUD_REJECTED) return 'NOT_APPROVED';
  if (reason === 'LATE_OR_DUPLICATE_PAYMENT') return 'EXTRA_PAYMENT';
  return 'OTHER';
}

export const yesNo = (value: boolean) => (value ? 'yes' : 'no');
