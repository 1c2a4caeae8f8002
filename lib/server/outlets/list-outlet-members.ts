import 'server-only';
import { db } from '@/lib/db';
import type { OutletRole } from '@/lib/domain/outlet';
import type { Actor } from '../actor';
import { requireOutletMember } from './outlet-membership';

export type OutletMemberRow = {
  userId: string;
  name: string;
  email: string;
  role: OutletRole;
  locked: boolean;
  createdAt: Date;
  /** When the member's open shift began, or null when none is open. */
  shiftOpenedAt: Date | null;
};

/** The outlet's people for its owner: the owner first, then cashiers by when they joined. */
export async function listOutletMembers(input: {
  actor: Actor | null;
}): Promise<OutletMemberRow[]> {
  const { outletId } = await requireOutletMember(input.actor, ['OWNER']);
  const members = await db.outletMember.findMany({
    where: { outletId },
    orderBy: { createdAt: 'asc' },
    take: 200,
    select: {
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, lockedAt: true } },
    },
  });
  const openShifts = await db.shift.findMany({
    where: { outletId, openKey: { not: null } },
    select: { cashierId: true, openedAt: true },
  });
  const openedAt = new Map(openShifts.map((shift) => [shift.cashierId, shift.openedAt]));
  return members
    .map((member) => ({
      userId: member.user.id,
      name: member.user.name,
      email: member.user.email,
      role: member.role as OutletRole,
      locked: member.user.lockedAt !== null,
      createdAt: member.createdAt,
      shiftOpenedAt: openedAt.get(member.user.id) ?? null,
    }))
    .sort((a, b) => Number(a.role !== 'OWNER') - Number(b.role !== 'OWNER'));
}
