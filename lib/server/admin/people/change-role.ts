import 'server-only';
import { db } from '@/lib/db';
import { roleChangeRefusal } from '@/lib/domain/people';
import type { Role } from '@/lib/domain/roles';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';

/**
 * Moves a user between customer, agent and admin. The update is conditional on the role the
 * admin saw, so a second admin working from the same page is told rather than overwriting. It
 * bumps the session version: open sessions end and the new role applies at the next log-in.
 */
export async function changeRole(input: {
  actor: Actor | null;
  userId: string;
  from: Role;
  to: Role;
  ipAddress?: string;
}): Promise<{ id: string; role: Role }> {
  const actor = assertRole(input.actor, ['ADMIN']);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: {
        id: true,
        role: true,
        sessionVersion: true,
        outletMembership: { select: { id: true } },
      },
    });
    if (!user) throw new AppError('NOT_FOUND', 'userNotFound');
    if (input.userId === actor.id) throw new AppError('CONFLICT', 'cannotChangeOwnRole');
    if (user.role !== input.from) throw new AppError('CONFLICT', 'roleChangeStale');
    const refusal = roleChangeRefusal({
      actorId: actor.id,
      userId: user.id,
      from: user.role,
      to: input.to,
      outletMember: user.outletMembership !== null,
    });
    if (refusal) throw new AppError('CONFLICT', refusal);

    const [updated] = await tx.user.updateManyAndReturn({
      where: { id: user.id, role: input.from },
      data: { role: input.to, sessionVersion: { increment: 1 } },
      select: { id: true, role: true, sessionVersion: true },
    });
    if (!updated) throw new AppError('CONFLICT', 'roleChangeStale');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.role.change',
      targetType: 'User',
      targetId: user.id,
      ipAddress: input.ipAddress,
      before: { role: user.role, sessionVersion: user.sessionVersion },
      after: { role: updated.role, sessionVersion: updated.sessionVersion },
    });
    return { id: updated.id, role: updated.role };
  });
}
