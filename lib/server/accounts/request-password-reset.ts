import 'server-only';
import { db } from '@/lib/db';
import { retryAfterMinutes } from '@/lib/domain/rate-limit';
import { toLocale } from '@/lib/domain/locale';
import { env } from '@/lib/env';
import { AppError } from '../errors';
import { enqueueEmail } from '../outbox/enqueue';
import { PASSWORD_RESET_VALID_HOURS } from '../outbox/templates/password-reset';
import { consumeRateLimit } from '../rate-limit';
import { issueAccountToken } from './account-tokens';

const HOUR_SECONDS = 60 * 60;
export const RESET_LIMIT_PER_EMAIL = { limit: 3, windowSeconds: HOUR_SECONDS };
export const RESET_LIMIT_PER_IP = { limit: 10, windowSeconds: HOUR_SECONDS };

/**
 * "Lupa kata sandi": e-mails a single-use reset link when the address belongs to an account.
 * The caller learns nothing about whether it does: the answer, the limits and the work done
 * before the answer are the same either way (the e-mail itself is sent after it).
 */
export async function requestPasswordReset(input: {
  email: string;
  ipAddress: string;
  now?: Date;
}): Promise<void> {
  const now = input.now ?? new Date();
  for (const [key, policy] of [
    [`password-reset:ip:${input.ipAddress}`, RESET_LIMIT_PER_IP],
    [`password-reset:email:${input.email}`, RESET_LIMIT_PER_EMAIL],
  ] as const) {
    const limit = await consumeRateLimit(key, policy, now);
    if (!limit.allowed) {
      throw new AppError('RATE_LIMITED', 'tooManyPasswordResets', {
        params: { minutes: retryAfterMinutes(limit.retryAfterSeconds) },
      });
    }
  }

  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, name: true, email: true, locale: true },
    });
    if (!user) return;
    // Only the newest link works: an older one still in a mailbox is spent now.
    await tx.accountToken.updateMany({
      where: { userId: user.id, purpose: 'RESET_PASSWORD', usedAt: null },
      data: { usedAt: now },
    });
    const { id, token } = await issueAccountToken(tx, {
      userId: user.id,
      purpose: 'RESET_PASSWORD',
      validHours: PASSWORD_RESET_VALID_HOURS,
      now,
    });
    const url = new URL('/reset-password', env.APP_URL);
    url.searchParams.set('token', token);
    await enqueueEmail(tx, {
      dedupeKey: `password-reset:${id}`,
      template: 'password-reset',
      recipient: user.email,
      locale: toLocale(user.locale),
      payload: { name: user.name, url: url.toString() },
    });
  });
}
