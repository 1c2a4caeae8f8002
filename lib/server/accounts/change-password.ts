import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { passwordSchema } from '@/lib/domain/account';
import { retryAfterMinutes } from '@/lib/domain/rate-limit';
import { ROLES } from '@/lib/domain/roles';
import { assertRole, type Actor } from '../actor';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { hashPassword, verifyPassword } from '../passwords';
import { consumeRateLimit, resetRateLimit } from '../rate-limit';
import { parseInput } from '../validation';
import { queuePasswordChangedNotice } from './password-changed-notice';

export const CHANGE_PASSWORD_LIMIT = { limit: 5, windowSeconds: 15 * 60 };

const attemptsKey = (userId: string) => `change-password:user:${userId}`;

const fieldError = (field: 'currentPassword' | 'newPassword', key: string) =>
  new AppError('VALIDATION', 'validationFailed', { fieldErrors: { [field]: [key] } });

/**
 * Changes a signed-in person's own password. The current one must be given (attempts are
 * limited, and counted before the hash is computed, as at log-in). The new hash and the moved
 * session version land in one conditional update, so every other session ends; the caller
 * re-issues this browser's session with the returned version.
 */
export async function changePassword(input: {
  actor: Actor | null;
  currentPassword: string;
  newPassword: string;
  ipAddress?: string;
  now?: Date;
}): Promise<{ sessionVersion: number }> {
  const actor = assertRole(input.actor, ROLES);
  const now = input.now ?? new Date();
  if (input.newPassword === input.currentPassword) {
    throw fieldError('newPassword', 'passwordSameAsCurrent');
  }
  parseInput(z.object({ newPassword: passwordSchema }), { newPassword: input.newPassword });
  const limit = await consumeRateLimit(attemptsKey(actor.id), CHANGE_PASSWORD_LIMIT, now);
  if (!limit.allowed) {
    throw new AppError('RATE_LIMITED', 'tooManyPasswordAttempts', {
      params: { minutes: retryAfterMinutes(limit.retryAfterSeconds) },
    });
  }

  const current = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw fieldError('currentPassword', 'currentPasswordWrong');
  }
  await resetRateLimit(attemptsKey(actor.id));
  const passwordHash = await hashPassword(input.newPassword);

  return db.$transaction(async (tx) => {
    // Conditional on the hash we checked: two changes racing cannot both win.
    const [user] = await tx.user.updateManyAndReturn({
      where: { id: actor.id, passwordHash: current.passwordHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, name: true, email: true, locale: true, sessionVersion: true },
    });
    if (!user) throw new AppError('CONFLICT', 'passwordChangedMeanwhile');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.password.change',
      targetType: 'User',
      targetId: actor.id,
      ipAddress: input.ipAddress,
      before: { sessionVersion: user.sessionVersion - 1 },
      after: { sessionVersion: user.sessionVersion },
    });
    await queuePasswordChangedNotice(tx, user, now);
    return { sessionVersion: user.sessionVersion };
  });
}
