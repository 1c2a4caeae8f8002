import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '../actor';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { requireOutletMember } from './outlet-membership';

/**
 * An owner locks or unlocks one of their own cashiers, as an admin locks any user: locking bumps
 * the session version, so the cashier's open sessions end at once. Anyone else's account, the
 * owner's own included, is refused as not found.
 */
export async function setCashierLocked(input: {
  actor: Actor | null;
  userId: string;
  locked: boolean;
  ipAddress?: string;
  now?: Date;
}): Promise<{ id: string; locked: boolean }> {
  const { actor, outletId } = await requireOutletMember(input.actor, ['OWNER']);
  return db.$transaction(async (tx) => {
    const member = await tx.outletMember.findFirst({
      where: { userId: input.userId, outletId, role: 'CASHIER' },
      select: { user: { select: { id: true, lockedAt: true } } },
    });
    if (!member) throw new AppError('NOT_FOUND', 'userNotFound');
    const { user } = member;
    if (Boolean(user.lockedAt) === input.locked) return { id: user.id, locked: input.locked };

    const updated = await tx.user.update({
      where: { id: user.id },
      data: input.locked
        ? { lockedAt: input.now ?? new Date(), sessionVersion: { increment: 1 } }
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
      after: { lockedAt: updated.lockedAt, outletId },
    });
    return { id: updated.id, locked: updated.lockedAt !== null };
  });
}
