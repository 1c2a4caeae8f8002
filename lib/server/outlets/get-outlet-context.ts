import 'server-only';
import { db } from '@/lib/db';
import type { OutletRole } from '@/lib/domain/outlet';
import { assertRole, type Actor } from '../actor';
import { findOpenShift } from '../shifts/find-open-shift';

export type OutletContext = {
  outletName: string;
  outletAddress: string;
  role: OutletRole;
  /** When the agent's own shift opened, or null when none is open. */
  shiftOpenedAt: Date | null;
} | null;

/** Where an agent works, as what, and whether their shift is open; null before an outlet links. */
export async function getOutletContext(input: { actor: Actor | null }): Promise<OutletContext> {
  const actor = assertRole(input.actor, ['AGENT']);
  const [member, shift] = await Promise.all([
    db.outletMember.findUnique({
      where: { userId: actor.id },
      select: { role: true, outlet: { select: { name: true, address: true } } },
    }),
    findOpenShift(actor.id),
  ]);
  if (!member) return null;
  return {
    outletName: member.outlet.name,
    outletAddress: member.outlet.address,
    role: member.role as OutletRole,
    shiftOpenedAt: shift?.openedAt ?? null,
  };
}
