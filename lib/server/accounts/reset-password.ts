import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { passwordSchema } from '@/lib/domain/account';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { hashPassword } from '../passwords';
import { resetRateLimit } from '../rate-limit';
import { parseInput } from '../validation';
import { hashToken } from './account-tokens';
import { accountLimitKey } from './authenticate';
import { queuePasswordChangedNotice } from './password-changed-notice';

const linkInvalid = () => new AppError('VALIDATION', 'resetLinkInvalid');

const usable = (token: string, now: Date) => ({
  tokenHash: hashToken(token),
  purpose: 'RESET_PASSWORD',
  usedAt: null,
  expiresAt: { gt: now },
});

/** Whether a reset link can still be used, so the page can say so before anyone types. */
export async function isPasswordResetLinkUsable(input: {
  token: string;
  now?: Date;
}): Promise<boolean> {
  const now = input.now ?? new Date();
  const token = await db.accountToken.findFirst({
    where: usable(input.token, now),
    select: { id: true },
  });
  return token !== null;
}

/**
 * Sets a new password through a reset link. The link is spent in the same DB transaction that
 * stores the password, moves the session version (every open session ends) and spends the
 * account's other reset links; a second use finds it spent. The link proves the address, so an
 * unverified e-mail becomes verified. A locked account stays locked.
 */
export async function resetPassword(input: {
  token: string;
  password: string;
  ipAddress?: string;
  now?: Date;
}): Promise<void> {
  const now = input.now ?? new Date();
  parseInput(z.object({ password: passwordSchema }), { password: input.password });
  // Checked before hashing, so a made-up link costs no argon2 work.
  if (!(await isPasswordResetLinkUsable({ token: input.token, now }))) throw linkInvalid();
  const passwordHash = await hashPassword(input.password);

  const email = await db.$transaction(async (tx) => {
    const [token] = await tx.accountToken.updateManyAndReturn({
      where: usable(input.token, now),
      data: { usedAt: now },
    });
    if (!token) throw linkInvalid();
    const before = await tx.user.findUniqueOrThrow({
      where: { id: token.userId },
      select: { emailVerifiedAt: true, sessionVersion: true },
    });
    const user = await tx.user.update({
      where: { id: token.userId },
      data: {
        passwordHash,
        sessionVersion: { increment: 1 },
        emailVerifiedAt: before.emailVerifiedAt ?? now,
      },
      select: { id: true, name: true, email: true, locale: true, sessionVersion: true },
    });
    await tx.accountToken.updateMany({
      where: { userId: user.id, purpose: 'RESET_PASSWORD', usedAt: null },
      data: { usedAt: now },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'user.password.reset',
      targetType: 'User',
      targetId: user.id,
      ipAddress: input.ipAddress,
      before: { sessionVersion: before.sessionVersion, emailVerified: !!before.emailVerifiedAt },
      after: { sessionVersion: user.sessionVersion, emailVerified: true },
    });
    await queuePasswordChangedNotice(tx, user, now);
    return user.email;
  });
  // Whoever forgot their password has likely used up their log-in attempts.
  await resetRateLimit(accountLimitKey(email));
}
