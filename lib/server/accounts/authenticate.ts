import 'server-only';
import { db } from '@/lib/db';
import { loginSchema } from '@/lib/domain/account';
import { retryAfterMinutes } from '@/lib/domain/rate-limit';
import type { Role } from '@/lib/domain/roles';
import { env } from '@/lib/env';
import { verifyPassword } from '../passwords';
import { consumeRateLimit, resetRateLimit } from '../rate-limit';

export type AuthenticatedUser = { id: string; role: Role; sessionVersion: number };

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: 'INVALID' | 'LOCKED' }
  | { ok: false; reason: 'RATE_LIMITED'; retryAfterMinutes: number };

const loginPolicy = (limit: number) => ({
  limit,
  windowSeconds: env.LOGIN_LIMIT_WINDOW_SECONDS,
});

export const accountLimitKey = (email: string) => `login:account:${email}`;

/**
 * Checks an e-mail and password. Both limits are counted BEFORE the password hash is computed:
 * argon2 is deliberately expensive, so an unlimited endpoint would be a lever for using our CPU.
 */
export async function authenticate(input: {
  credentials: unknown;
  ipAddress: string;
}): Promise<AuthenticationResult> {
  const parsed = loginSchema.safeParse(input.credentials);
  if (!parsed.success) return { ok: false, reason: 'INVALID' };
  const { email, password } = parsed.data;

  for (const [key, limit] of [
    [`login:ip:${input.ipAddress}`, env.LOGIN_LIMIT_PER_IP],
    [accountLimitKey(email), env.LOGIN_LIMIT_PER_ACCOUNT],
  ] as const) {
    const decision = await consumeRateLimit(key, loginPolicy(limit));
    if (!decision.allowed) {
      return {
        ok: false,
        reason: 'RATE_LIMITED',
        retryAfterMinutes: retryAfterMinutes(decision.retryAfterSeconds),
      };
    }
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, sessionVersion: true, lockedAt: true, passwordHash: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordMatches) return { ok: false, reason: 'INVALID' };
  if (user.lockedAt) return { ok: false, reason: 'LOCKED' };

  await resetRateLimit(accountLimitKey(email));
  return { ok: true, user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion } };
}
