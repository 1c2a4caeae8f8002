import 'server-only';
import { db } from '@/lib/db';
import { releaseHoldSchema } from '@/lib/domain/fraud-rules';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { billerPaymentId, resumePayment } from '../../payments/pay-biller';
import { transition } from '../../transactions/transition';
import { parseInput } from '../../validation';
import { decideHold } from './decide-hold';

/**
 * Lets a held transaction go on: HELD -> RELEASED and ON_HOLD -> PROCESSING with the audit
 * entry in one DB transaction (two admins releasing at once: one wins, the other is told), then
 * the biller is paid outside it through the usual payment path. A crash in between leaves it
 * PROCESSING for the worker to resume with the same payment reference.
 */
export async function releaseHold(input: {
  actor: Actor | null;
  holdId: string;
  note: string;
  ipAddress?: string;
  billerSwitch?: BillerSwitch;
  now?: Date;
}): Promise<{ transactionId: string; status: string }> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const { holdId, note } = parseInput(releaseHoldSchema, input);
  const now = input.now ?? new Date();
  const transactionId = await db.$transaction(async (tx) => {
    const hold = await decideHold(tx, { holdId, actor, status: 'RELEASED', note, now });
    const moved = await transition(tx, {
      transactionId: hold.transactionId,
      from: 'ON_HOLD',
      to: 'PROCESSING',
      actor: { type: 'ADMIN', id: actor.id },
      reason: note ? `released after review: ${note}` : 'released after review',
    });
    if (!moved) throw new Error(`held transaction ${hold.transactionId} was not ON_HOLD`);
    await tx.transaction.update({
      where: { id: hold.transactionId },
      data: { billerPaymentId: billerPaymentId(hold.transactionId) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'fraudHold.release',
      targetType: 'Transaction',
      targetId: hold.transactionId,
      ipAddress: input.ipAddress,
      before: { status: 'ON_HOLD', hold: 'HELD' },
      after: { status: 'PROCESSING', hold: 'RELEASED', note: note || null },
    });
    return hold.transactionId;
  });
  const status = await resumePayment({ transactionId, billerSwitch: input.billerSwitch, now });
  return { transactionId, status };
}
