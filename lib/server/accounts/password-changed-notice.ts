import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { toLocale } from '@/lib/domain/locale';
import { env } from '@/lib/env';
import { enqueueEmail } from '../outbox/enqueue';

/**
 * Queues the "your password was changed" notice in the caller's DB transaction. Each change
 * moves the session version, so the version names the change: one notice per change.
 */
export async function queuePasswordChangedNotice(
  tx: DbTransaction,
  user: { id: string; name: string; email: string; locale: string; sessionVersion: number },
  changedAt: Date,
): Promise<void> {
  await enqueueEmail(tx, {
    dedupeKey: `password-changed:${user.id}:${user.sessionVersion}`,
    template: 'password-changed',
    recipient: user.email,
    locale: toLocale(user.locale),
    payload: {
      name: user.name,
      url: new URL('/forgot-password', env.APP_URL).toString(),
      changedAt: changedAt.toISOString(),
    },
  });
}
