import 'server-only';
import { db } from '@/lib/db';
import { readNotification, type NotificationEvent } from '@/lib/domain/notifications';
import { assertRole, type Actor } from '../actor';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationView = NotificationEvent & {
  id: string;
  href: string | null;
  read: boolean;
  createdAt: Date;
};

/**
 * The actor's own notices, newest first, a page at a time: `cursor` is the id of the last
 * notice of the previous page. Served by the (userId, createdAt) index.
 */
export async function listNotifications(input: {
  actor: Actor | null;
  cursor?: string;
}): Promise<{ items: NotificationView[]; nextCursor: string | null }> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  // A cursor that is not the actor's own notice starts from the top instead.
  const cursor = input.cursor
    ? await db.notification.findFirst({
        where: { id: input.cursor, userId: actor.id },
        select: { id: true, createdAt: true },
      })
    : null;
  const rows = await db.notification.findMany({
    where: {
      userId: actor.id,
      ...(cursor
        ? {
            OR: [
              { createdAt: { lt: cursor.createdAt } },
              { createdAt: cursor.createdAt, id: { lt: cursor.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: NOTIFICATIONS_PAGE_SIZE + 1,
    select: { id: true, kind: true, params: true, href: true, readAt: true, createdAt: true },
  });
  const page = rows.slice(0, NOTIFICATIONS_PAGE_SIZE);
  const items = page.flatMap((row) => {
    const event = readNotification(row.kind, row.params);
    if (!event) return [];
    return [
      { ...event, id: row.id, href: row.href, read: row.readAt !== null, createdAt: row.createdAt },
    ];
  });
  const last = page.at(-1);
  return { items, nextCursor: rows.length > NOTIFICATIONS_PAGE_SIZE && last ? last.id : null };
}
