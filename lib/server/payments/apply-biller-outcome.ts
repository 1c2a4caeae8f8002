import 'server-only';
import { db, type DbTransaction } from '@/lib/db';
import { nextAdviceDelaySeconds } from '@/lib/domain/advice-backoff';
import { billerConfirmedPostings, refundOwedPostings } from '@/lib/domain/ledger';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PaymentOutcome } from '@/lib/integrations/biller-switch/types';
import { counterSettlement } from '../counter/counter-settlement';
import { postLedgerTransaction } from '../ledger/post-ledger-transaction';
import { noticePaymentFailed, noticePaymentSucceeded } from '../notifications/payment-notices';
import { issueReceipt } from '../receipts/issue-receipt';
import { transition, type TransitionActor } from '../transactions/transition';

type From = 'PROCESSING' | 'PENDING_BILLER';

/** Why a charge that paid after the transaction was already paid (or closed) is refunded. */
export const LATE_OR_DUPLICATE_PAYMENT = 'LATE_OR_DUPLICATE_PAYMENT';

/** What was charged for a transaction and what of it is owed to the biller. */
export async function settlementAmounts(tx: DbTransaction, transactionId: string) {
  const txn = await tx.transaction.findUniqueOrThrow({
    where: { id: transactionId },
    include: {
      product: true,
      biller: true,
      // The charge that paid the transaction: every other paid charge was owed back in the
      // same DB transaction that recorded its payment. Not "the earliest paid": webhooks come
      // in any order, and the gateway's paidAt says nothing about which one Loket took.
      charges: {
        where: {
          status: { in: ['PAID', 'REFUNDED'] },
          refunds: { none: { reason: LATE_OR_DUPLICATE_PAYMENT } },
        },
        take: 1,
        orderBy: { paidAt: 'asc' },
      },
    },
  });
  const charge = txn.charges[0];
  if (!charge) throw new Error(`transaction ${transactionId} has no paid charge`);
  const owedToBiller =
    txn.biller.kind === 'PREPAID' ? (txn.product?.faceValue ?? 0) : txn.billAmount + txn.penalty;
  return { txn, charge, charged: charge.amount, owedToBiller };
}

/** How the biller's answer moves the money of one transaction, whichever way it was paid. */
export type Settlement = {
  txn: Prisma.TransactionGetPayload<{ include: { biller: true; product: true } }>;
  /** The biller paid: post the sale and issue the receipt. */
  confirm(now: Date): Promise<void>;
  /** The biller refused: the money goes back where it came from. */
  fail(now: Date): Promise<void>;
};

/** A transaction paid by a gateway charge: the customer's money is refunded through it. */
async function chargeSettlement(tx: DbTransaction, transactionId: string): Promise<Settlement> {
  const { txn, charge, charged, owedToBiller } = await settlementAmounts(tx, transactionId);
  return {
    txn,
    async confirm(now) {
      await postLedgerTransaction(tx, {
        idempotencyKey: `txn:${transactionId}:biller-confirmed`,
        kind: 'BILLER_CONFIRMED',
        transactionId,
        description: `${txn.biller.code} ${txn.customerNo} paid at the biller`,
        postings: billerConfirmedPostings({
          billAmount: owedToBiller,
          fees: charged - owedToBiller,
        }),
      });
      await issueReceipt(tx, { transactionId, chargeId: charge.id, now });
    },
    async fail() {
      await oweRefund(tx, {
        transactionId,
        chargeId: charge.id,
        amount: charged,
        reason: 'BILLER_FAILED',
      });
    },
  };
}

/**
 * Records the biller's answer to a payment: success posts the sale, failure owes the customer a
 * refund, an unknown answer waits for advice. Each is one DB transaction with its state change,
 * and a transition that already happened (a duplicate answer) changes nothing.
 */
export async function applyBillerOutcome(input: {
  transactionId: string;
  from: From;
  outcome: PaymentOutcome;
  now?: Date;
  /** An admin settling it by hand instead of the switch's answer: who, and why. */
  decidedBy?: { actor: TransitionActor; reason: string };
  /** The caller's DB transaction to join (an admin action writes its audit entry in it). */
  tx?: DbTransaction;
}): Promise<'SUCCESS' | 'FAILED' | 'PENDING_BILLER' | 'UNCHANGED'> {
  const { transactionId, from, outcome } = input;
  const now = input.now ?? new Date();
  const actor: TransitionActor = input.decidedBy?.actor ?? { type: 'SWITCH' };
  const run = <T>(work: (tx: DbTransaction) => Promise<T>) =>
    input.tx ? work(input.tx) : db.$transaction(work);
  return run(async (tx) => {
    // A counter sale was paid from a deposit hold, which is posted or released, never refunded
    // through the gateway; anything else by a charge.
    const settlement =
      (await counterSettlement(tx, transactionId)) ?? (await chargeSettlement(tx, transactionId));
    const { txn } = settlement;
    if (outcome.kind === 'success') {
      const moved = await transition(tx, {
        transactionId,
        from,
        to: 'SUCCESS',
        actor,
        reason: input.decidedBy?.reason ?? `biller paid (rc ${outcome.rc})`,
        payload: outcome,
      });
      if (!moved) return 'UNCHANGED';
      await tx.transaction.update({
        where: { id: transactionId },
        data: {
          billerRef: outcome.payment.billerRef,
          token: outcome.payment.token ?? null,
          kwhHundredths:
            outcome.payment.kwh === undefined ? null : Math.round(outcome.payment.kwh * 100),
          completedAt: now,
          nextAdviceAt: null,
        },
      });
      await settlement.confirm(now);
      await noticePaymentSucceeded(tx, { transactionId, delayed: from === 'PENDING_BILLER' });
      return 'SUCCESS';
    }
    if (outcome.kind === 'failed' || outcome.kind === 'reversed') {
      const moved = await transition(tx, {
        transactionId,
        from,
        to: 'FAILED',
        actor,
        reason: input.decidedBy?.reason ?? `biller refused (rc ${outcome.rc})`,
        payload: outcome,
      });
      if (!moved) return 'UNCHANGED';
      await tx.transaction.update({
        where: { id: transactionId },
        data: {
          failureReason: outcome.kind === 'failed' ? outcome.reason : 'REVERSED',
          completedAt: now,
          nextAdviceAt: null,
        },
      });
      await settlement.fail(now);
      await noticePaymentFailed(tx, { transactionId, delayed: from === 'PENDING_BILLER' });
      return 'FAILED';
    }
    const attempts = from === 'PENDING_BILLER' ? txn.adviceAttempts + 1 : 0;
    if (from === 'PROCESSING') {
      const moved = await transition(tx, {
        transactionId,
        from,
        to: 'PENDING_BILLER',
        actor: { type: 'SWITCH' },
        reason: `biller answer unknown (${outcome.reason})`,
        payload: outcome,
      });
      if (!moved) return 'UNCHANGED';
    }
    // Conditional like a transition: a stale "still pending" (another worker's advice settled the
    // payment meanwhile) must not schedule advice on a finished transaction.
    const { count } = await tx.transaction.updateMany({
      where: { id: transactionId, status: 'PENDING_BILLER' },
      data: {
        adviceAttempts: attempts,
        nextAdviceAt: new Date(now.getTime() + nextAdviceDelaySeconds(attempts) * 1000),
      },
    });
    return count === 0 ? 'UNCHANGED' : 'PENDING_BILLER';
  });
}

/** Owes the customer their money back: a ledger posting and a refund for the worker to send. */
export async function oweRefund(
  tx: DbTransaction,
  input: { transactionId: string; chargeId: string; amount: number; reason: string },
): Promise<void> {
  const refundId = `RF-${input.chargeId}`;
  const posted = await postLedgerTransaction(tx, {
    idempotencyKey: `refund:${refundId}:owed`,
    kind: 'REFUND_OWED',
    transactionId: input.transactionId,
    description: `refund owed (${input.reason})`,
    postings: refundOwedPostings({ total: input.amount }),
  });
  if (!posted.created) return;
  await tx.refund.create({
    data: {
      refundId,
      transactionId: input.transactionId,
      chargeId: input.chargeId,
      amount: input.amount,
      reason: input.reason,
      status: 'PENDING',
    },
  });
}
