import 'server-only';
import { db, type DbTransaction } from '@/lib/db';
import { toLocale } from '@/lib/domain/locale';
import { retryAfterMinutes } from '@/lib/domain/rate-limit';
import { env } from '@/lib/env';
import { assertRole, type Actor } from '../actor';
import { AppError } from '../errors';
import { enqueueEmail } from '../outbox/enqueue';
import { VERIFY_EMAIL_VALID_HOURS } from '../outbox/templates/verify-email';
import { consumeRateLimit } from '../rate-limit';
import { hashToken, issueAccountToken } from './account-tokens';

const RESEND_LIMIT = { limit: 3, windowSeconds: 60 * 60 };

/** Issues a verification link and queues its e-mail, in the caller's DB transaction. */
export async function queueEmailVerification(
  tx: DbTransaction,
  user: { id: string; name: string; email: string; locale: string },
): Promise<void> {
  const { id, token } = await issueAccountToken(tx, {
    userId: user.id,
    purpose: 'VERIFY_EMAIL',
    validHours: VERIFY_EMAIL_VALID_HOURS,
  });
  const url = new URL('/verify-email', env.APP_URL);
  url.searchParams.set('token', token);
  await enqueueEmail(tx, {
    dedupeKey: `verify-email:${id}`,
    template: 'verify-email',
    recipient: user.email,
    locale: toLocale(user.locale),
    payload: { name: user.name, url: url.toString() },
  });
}

/** "Kirim ulang": a new link for a signed-in customer whose address is not verified yet. */
export async function resendEmailVerification(input: { actor: Actor | null }): Promise<void> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, name: true, email: true, locale: true, emailVerifiedAt: true },
  });
  if (user.emailVerifiedAt) throw new AppError('CONFLICT', 'emailAlreadyVerified');
  const limit = await consumeRateLimit(`verify-email:user:${user.id}`, RESEND_LIMIT);
  if (!limit.allowed) {
    throw new AppError('RATE_LIMITED', 'tooManyVerificationEmails', {
      params: { minutes: retryAfterMinutes(limit.retryAfterSeconds) },
    });
  }
  await db.$transaction((tx) => queueEmailVerification(tx, user));
}

/**
 * Uses a verification link: the token must be unused and unexpired, and is spent in the same
 * DB transaction that marks the address verified (a second click finds it used).
 */
export async function verifyEmail(input: { token: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  await db.$transaction(async (tx) => {
    const token = await tx.accountToken.findUnique({
      where: { tokenHash: hashToken(input.token) },
    });
    if (!token || token.purpose !== 'VERIFY_EMAIL')
      throw new AppError('VALIDATION', 'verificationLinkInvalid');
    const { count } = await tx.accountToken.updateMany({
      where: { id: token.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) throw new AppError('VALIDATION', 'verificationLinkInvalid');
    await tx.user.update({ where: { id: token.userId }, data: { emailVerifiedAt: now } });
  });
}
