import 'server-only';
import { db } from '@/lib/db';
import type { CreateOutletOutput } from '@/lib/domain/people';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { isUniqueViolation } from '../../prisma-errors';

export type CreatedOutlet = { id: string; name: string; ownerId: string };

const ownerHasOutlet = () =>
  new AppError('CONFLICT', 'ownerHasOutlet', { fieldErrors: { ownerId: ['ownerHasOutlet'] } });

/**
 * An outlet and its owner's membership, in one transaction with the audit entry. The owner is
 * an existing agent who belongs to no outlet yet; the unique member row keeps two concurrent
 * creations from giving one agent two outlets.
 */
export async function createOutlet(input: {
  actor: Actor | null;
  outlet: CreateOutletOutput;
  ipAddress?: string;
}): Promise<CreatedOutlet> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const { name, address, ownerId } = input.outlet;
  try {
    return await db.$transaction(async (tx) => {
      const owner = await tx.user.findUnique({
        where: { id: ownerId },
        select: { role: true, outletMembership: { select: { id: true } } },
      });
      if (!owner) throw new AppError('NOT_FOUND', 'userNotFound');
      if (owner.role !== 'AGENT') throw new AppError('CONFLICT', 'ownerNotAgent');
      if (owner.outletMembership) throw ownerHasOutlet();
      const outlet = await tx.outlet.create({
        data: { name, address, ownerId, members: { create: { userId: ownerId, role: 'OWNER' } } },
        select: { id: true, name: true, ownerId: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'outlet.create',
        targetType: 'Outlet',
        targetId: outlet.id,
        ipAddress: input.ipAddress,
        before: null,
        after: { name, address, ownerId },
      });
      return outlet;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'userId')) throw ownerHasOutlet();
    throw error;
  }
}
