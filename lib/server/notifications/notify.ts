import 'server-only';
import { randomUUID } from 'node:crypto';
import type { DbTransaction } from '@/lib/db';
import { serializeNotificationParams, type NotificationEvent } from '@/lib/domain/notifications';

export type NotifyInput = NotificationEvent & {
  userId: string;
  /** Where the notice leads, a path inside the app. */
  href: string | null;
  /** One event, one notice: the same key raised again (a retry, a replay) adds nothing. */
  dedupeKey: string;
};

/**
 * Adds an in-app notice inside the caller's DB transaction, so it exists if and only if the
 * change it tells about commits. Returns whether this call added it (false: the key was there).
 */
export async function notify(tx: DbTransaction, input: NotifyInput): Promise<boolean> {
  if (input.href !== null && !/^\/(?![/\\])/.test(input.href)) {
    throw new Error(`A notice links inside the app, not to ${input.href}`);
  }
  const params = serializeNotificationParams(input);
  // The unique key decides, without a prior read that a concurrent duplicate could slip past,
  // and without an error that would abort the caller's transaction (as enqueueEmail does).
  const inserted = await tx.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "dedupeKey", "kind", "params", "href", "createdAt")
    VALUES (${randomUUID()}, ${input.userId}, ${input.dedupeKey}, ${input.kind}, ${params},
      ${input.href}, ${new Date()})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
  return inserted > 0;
}
