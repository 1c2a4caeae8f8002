import 'server-only';
import { db } from '@/lib/db';
import { recheckTransactionSchema } from '@/lib/domain/admin-transactions';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import { billerSwitch as defaultBillerSwitch } from '@/lib/integrations/biller-switch';
import type { BillerSwitch, PaymentOutcome } from '@/lib/integrations/biller-switch/types';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { applyBillerOutcome } from '../../payments/apply-biller-outcome';
import { billerPaymentId } from '../../payments/pay-biller';
import { parseInput } from '../../validation';

export type RecheckResult = { status: TransactionStatus; answer: PaymentOutcome['kind'] };

/**
 * Asks the biller now about a payment waiting for its answer, the way the worker's advice does,
 * instead of waiting for the next scheduled try. The switch is called outside any DB
 * transaction; its answer is then recorded together with the audit entry.
 */
export async function recheckTransaction(input: {
  actor: Actor | null;
  transactionId: string;
  ipAddress?: string;
  billerSwitch?: BillerSwitch;
  now?: Date;
}): Promise<RecheckResult> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const { transactionId } = parseInput(recheckTransactionSchema, {
    transactionId: input.transactionId,
  });
  const txn = await db.transaction.findUnique({
    where: { id: transactionId },
    select: { status: true },
  });
  if (!txn) throw new AppError('NOT_FOUND', 'transactionNotFound');
  if (txn.status !== 'PENDING_BILLER') {
    throw new AppError('CONFLICT', 'transactionNotPending', { internal: `status ${txn.status}` });
  }
  const outcome = await (input.billerSwitch ?? defaultBillerSwitch()).advice({
    refId: billerPaymentId(transactionId),
  });
  return db.$transaction(async (tx) => {
    await applyBillerOutcome({
      tx,
      transactionId,
      from: 'PENDING_BILLER',
      outcome,
      now: input.now,
    });
    const { status } = await tx.transaction.findUniqueOrThrow({
      where: { id: transactionId },
      select: { status: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'transaction.recheck',
      targetType: 'Transaction',
      targetId: transactionId,
      ipAddress: input.ipAddress,
      before: { status: 'PENDING_BILLER' },
      after: { status, answer: outcome.kind, rc: outcome.rc ?? null },
    });
    return { status, answer: outcome.kind };
  });
}
