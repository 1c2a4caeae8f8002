import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '../actor';

/**
 * Marks some of the actor's notices read, or all of them. Ids of other people's notices match
 * nothing: the filter is always the actor's own. Returns how many changed.
 */
export async function markNotificationsRead(
  input: { actor: Actor | null; now?: Date } & ({ ids: readonly string[] } | { all: true }),
): Promise<number> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const which = 'ids' in input ? { id: { in: [...input.ids] } } : {};
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...which },
    data: { readAt: input.now ?? new Date() },
  });
  return count;
}
