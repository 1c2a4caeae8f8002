import { ADMIN_REFUND_REASON } from './admin-refund';
import { FRAUD_REJECTED } from './fraud-rules';
import type { Rupiah } from './money';
import { TRANSACTION_STATUSES, type TransactionStatus } from './transaction-state';

// The story of one transaction as its customer reads it: each change of state, and the refund
// steps that happen beside the states (a late payment on an expired checkout is refunded without
// the transaction moving).

export type TimelineStep =
  | { kind: 'status'; status: TransactionStatus; at: Date }
  | { kind: 'refundRequested' | 'refundReturned'; amount: Rupiah; at: Date };

const BILLER_FAILED = 'BILLER_FAILED';

type EventInput = { toStatus: TransactionStatus; createdAt: Date };
type RefundInput = {
  amount: Rupiah;
  reason: string;
  status: string;
  requestedAt: Date;
  succeededAt: Date | null;
};

// Every allowed transition goes to a later state in this list, so it orders events written in
// the same millisecond.
const rank = (step: TimelineStep) =>
  step.kind === 'status' ? TRANSACTION_STATUSES.indexOf(step.status) : TRANSACTION_STATUSES.length;

// Refunds whose return can end the transaction as REFUNDED: a biller's refusal, a review that
// did not approve it, an admin's refund of a sale (the one that brings all the money back).
const ENDING_REFUND_REASONS = new Set([BILLER_FAILED, FRAUD_REJECTED, ADMIN_REFUND_REASON]);

/**
 * Oldest first. The return that moved the transaction to REFUNDED is that state itself, not
 * listed twice: of the refunds that can end it, the one returned last.
 */
export function transactionTimeline(events: EventInput[], refunds: RefundInput[]): TimelineStep[] {
  const steps: TimelineStep[] = events.map((event) => ({
    kind: 'status',
    status: event.toStatus,
    at: event.createdAt,
  }));
  const endedByRefund = events.some((event) => event.toStatus === 'REFUNDED');
  const ending = endedByRefund
    ? refunds
        .filter((refund) => refund.succeededAt && ENDING_REFUND_REASONS.has(refund.reason))
        .reduce<RefundInput | null>(
          (last, refund) =>
            !last || refund.succeededAt!.getTime() >= last.succeededAt!.getTime() ? refund : last,
          null,
        )
    : null;
  for (const refund of refunds) {
    steps.push({ kind: 'refundRequested', amount: refund.amount, at: refund.requestedAt });
    if (refund.succeededAt && refund !== ending) {
      steps.push({ kind: 'refundReturned', amount: refund.amount, at: refund.succeededAt });
    }
  }
  return steps
    .map((step, index) => ({ step, index }))
    .sort(
      (a, b) =>
        a.step.at.getTime() - b.step.at.getTime() ||
        rank(a.step) - rank(b.step) ||
        a.index - b.index,
    )
    .map(({ step }) => step);
}

/** The message key of a step in the `history.timeline` messages. */
export function timelineStepKey(step: TimelineStep): string {
  return step.kind === 'status' ? step.status : step.kind;
}

/** Whether the step ended well, badly, or is on the way (the dot's colour). */
export function timelineStepTone(step: TimelineStep): 'success' | 'danger' | 'neutral' {
  if (step.kind === 'refundReturned') return 'success';
  if (step.kind !== 'status') return 'neutral';
  if (step.status === 'SUCCESS' || step.status === 'REFUNDED') return 'success';
  if (step.status === 'FAILED') return 'danger';
  return 'neutral';
}
