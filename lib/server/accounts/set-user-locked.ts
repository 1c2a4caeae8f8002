import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '../actor';
import { recordAudit } from '../audit';
import { AppError } from '../errors';

/**
 * Locks or unlocks an account. Locking also bumps the session version, which ends every session
 * the user has open (sessions are checked against it on each request).
 */
export async function setUserLocked(input: {
  actor: Actor | null;
  userId: string;
  locked: boolean;
  ipAddress?: string;
}): Promise<{ id: string; locked: boolean }> {
  const actor = assertRole(input.actor, ['ADMIN']);
  if (input.userId === actor.id) throw new AppError('CONFLICT', 'cannotLockSelf');

  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, lockedAt: true },
    });
    if (!user) throw new AppError('NOT_FOUND', 'userNotFound');
    if (Boolean(user.lockedAt) === input.locked) return { id: user.id, locked: input.locked };

    const updated = await tx.user.update({
      where: { id: user.id },
      data: input.locked
        ? { lockedAt: new Date(), sessionVersion: { increment: 1 } }
        : { lockedAt: null },
      select: { id: true, lockedAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.locked ? 'user.lock' : 'user.unlock',
      targetType: 'User',
      targetId: user.id,
      ipAddress: input.ipAddress,
      before: { lockedAt: user.lockedAt },
      after: { lockedAt: updated.lockedAt },
    });
    return { id: updated.id, locked: updated.lockedAt !== null };
  });
}
