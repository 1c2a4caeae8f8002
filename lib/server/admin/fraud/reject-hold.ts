import 'server-only';
import { db } from '@/lib/db';
import { FRAUD_REJECTED, rejectHoldSchema } from '@/lib/domain/fraud-rules';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { noticePaymentNotApproved } from '../../notifications/payment-notices';
import { oweRefund, settlementAmounts } from '../../payments/apply-biller-outcome';
import { transition } from '../../transactions/transition';
import { parseInput } from '../../validation';
import { decideHold } from './decide-hold';

/**
 * Refuses a held transaction: HELD -> REJECTED, ON_HOLD -> FAILED and the whole charge owed back
 * to the customer (the worker sends the refund), with the audit entry, in one DB transaction.
 * The biller is never paid.
 */
export async function rejectHold(input: {
  actor: Actor | null;
  holdId: string;
  note: string;
  ipAddress?: string;
  now?: Date;
}): Promise<{ transactionId: string; refunded: number }> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const { holdId, note } = parseInput(rejectHoldSchema, input);
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { transactionId } = await decideHold(tx, {
      holdId,
      actor,
      status: 'REJECTED',
      note,
      now,
    });
    const moved = await transition(tx, {
      transactionId,
      from: 'ON_HOLD',
      to: 'FAILED',
      actor: { type: 'ADMIN', id: actor.id },
      reason: `rejected after review: ${note}`,
    });
    if (!moved) throw new Error(`held transaction ${transactionId} was not ON_HOLD`);
    await tx.transaction.update({
      where: { id: transactionId },
      data: { failureReason: FRAUD_REJECTED, completedAt: now },
    });
    const { charge, charged } = await settlementAmounts(tx, transactionId);
    await oweRefund(tx, {
      transactionId,
      chargeId: charge.id,
      amount: charged,
      reason: FRAUD_REJECTED,
    });
    await noticePaymentNotApproved(tx, { transactionId, refunded: charged });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'fraudHold.reject',
      targetType: 'Transaction',
      targetId: transactionId,
      ipAddress: input.ipAddress,
      before: { status: 'ON_HOLD', hold: 'HELD' },
      after: { status: 'FAILED', hold: 'REJECTED', note, refund: charged },
    });
    return { transactionId, refunded: charged };
  });
}
