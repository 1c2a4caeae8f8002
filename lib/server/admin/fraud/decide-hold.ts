import 'server-only';
import type { DbTransaction } from '@/lib/db';
import type { Actor } from '../../actor';
import { AppError } from '../../errors';

/**
 * Records an admin's decision on a hold, only if it is still HELD: of two admins deciding at
 * once, the second is refused and nothing of theirs is written.
 */
export async function decideHold(
  tx: DbTransaction,
  input: {
    holdId: string;
    actor: Actor;
    status: 'RELEASED' | 'REJECTED';
    note: string;
    now: Date;
  },
): Promise<{ transactionId: string }> {
  const hold = await tx.fraudHold.findUnique({
    where: { id: input.holdId },
    select: { transactionId: true },
  });
  if (!hold) throw new AppError('NOT_FOUND', 'fraudHoldNotFound');
  const { count } = await tx.fraudHold.updateMany({
    where: { id: input.holdId, status: 'HELD' },
    data: {
      status: input.status,
      reviewedById: input.actor.id,
      reviewedAt: input.now,
      note: input.note || null,
    },
  });
  if (count === 0) throw new AppError('CONFLICT', 'fraudHoldDecided');
  return hold;
}
