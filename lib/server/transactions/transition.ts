import 'server-only';
import { createHash } from 'node:crypto';
import type { DbTransaction } from '@/lib/db';
import { canTransition, type TransactionStatus } from '@/lib/domain/transaction-state';
import { AppError } from '../errors';

export type TransitionActor = {
  type: 'USER' | 'SYSTEM' | 'SWITCH' | 'GATEWAY' | 'ADMIN';
  id?: string;
};

/**
 * Moves a transaction from one state to another inside the caller's DB transaction and writes
 * the event row with it. The update is conditional on the current state, so two workers racing
 * on the same transaction cannot both move it: the loser gets `false`.
 */
export async function transition(
  tx: DbTransaction,
  input: {
    transactionId: string;
    from: TransactionStatus;
    to: TransactionStatus;
    actor: TransitionActor;
    reason: string;
    payload?: unknown;
  },
): Promise<boolean> {
  if (!canTransition(input.from, input.to)) {
    throw new AppError('CONFLICT', 'transitionNotAllowed', {
      internal: `transition ${input.from} -> ${input.to} is not allowed`,
    });
  }
  const { count } = await tx.transaction.updateMany({
    where: { id: input.transactionId, status: input.from },
    data: { status: input.to },
  });
  if (count === 0) return false;
  await tx.transactionEvent.create({
    data: {
      transactionId: input.transactionId,
      fromStatus: input.from,
      toStatus: input.to,
      actorType: input.actor.type,
      actorId: input.actor.id ?? null,
      reason: input.reason,
      payloadDigest:
        input.payload === undefined
          ? null
          : createHash('sha256').update(JSON.stringify(input.payload)).digest('hex'),
    },
  });
  return true;
}
