import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '../actor';

export type AgentOutlet = { id: string; name: string; address: string } | null;

/** The outlet the agent works at (the first one they own), or null before an admin links one. */
export async function getAgentOutlet(input: { actor: Actor | null }): Promise<AgentOutlet> {
  const actor = assertRole(input.actor, ['AGENT']);
  return db.outlet.findFirst({
    where: { ownerId: actor.id },
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, address: true },
  });
}
