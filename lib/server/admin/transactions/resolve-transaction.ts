import 'server-only';
import { db } from '@/lib/db';
import { resolveTransactionSchema, type ResolveOutcome } from '@/lib/domain/admin-transactions';
import type { PaymentOutcome } from '@/lib/integrations/biller-switch/types';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { applyBillerOutcome } from '../../payments/apply-biller-outcome';
import { parseInput } from '../../validation';

/** The answer code stored with an outcome an admin settled by hand, not the switch. */
const ADMIN_RC = 'ADMIN';

/**
 * Settles a payment the biller never answered, by hand, after the admin asked the biller
 * another way: SUCCESS with the biller's reference (the sale is posted, the receipt issued), or
 * FAILED (the customer's money is owed back, or a counter sale's hold released). The same
 * path as the switch's own answer, with the admin as its actor and their reason on the event,
 * in one DB transaction with the audit entry.
 */
export async function resolveTransaction(input: {
  actor: Actor | null;
  transactionId: string;
  outcome: ResolveOutcome;
  billerRef?: string;
  reason: string;
  ipAddress?: string;
  now?: Date;
}): Promise<{ status: ResolveOutcome }> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const { transactionId, outcome, billerRef, reason } = parseInput(resolveTransactionSchema, {
    transactionId: input.transactionId,
    outcome: input.outcome,
    billerRef: input.billerRef,
    reason: input.reason,
  });
  const answer: PaymentOutcome =
    outcome === 'SUCCESS'
      ? { kind: 'success', rc: ADMIN_RC, payment: { billerRef: billerRef ?? '' } }
      : { kind: 'failed', rc: ADMIN_RC, reason: 'FAILED', message: reason };
  return db.$transaction(async (tx) => {
    const txn = await tx.transaction.findUnique({
      where: { id: transactionId },
      select: { status: true },
    });
    if (!txn) throw new AppError('NOT_FOUND', 'transactionNotFound');
    const notPending = () =>
      new AppError('CONFLICT', 'transactionNotPending', { internal: `status ${txn.status}` });
    if (txn.status !== 'PENDING_BILLER') throw notPending();
    const result = await applyBillerOutcome({
      tx,
      transactionId,
      from: 'PENDING_BILLER',
      outcome: answer,
      now: input.now,
      decidedBy: { actor: { type: 'ADMIN', id: actor.id }, reason },
    });
    // The switch's answer got there first (the worker's advice): nothing of this is kept.
    if (result !== outcome) throw notPending();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'transaction.resolve',
      targetType: 'Transaction',
      targetId: transactionId,
      ipAddress: input.ipAddress,
      before: { status: 'PENDING_BILLER' },
      after: { status: outcome, reason, ...(outcome === 'SUCCESS' ? { billerRef } : {}) },
    });
    return { status: outcome };
  });
}
