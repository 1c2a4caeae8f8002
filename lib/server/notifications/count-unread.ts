import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '../actor';

/** The actor's unread notices, for the bell; served by the (userId, readAt) index. */
export async function countUnreadNotifications(input: { actor: Actor | null }): Promise<number> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}
