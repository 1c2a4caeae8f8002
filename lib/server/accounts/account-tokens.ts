import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { DbTransaction } from '@/lib/db';

export type AccountTokenPurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A fresh single-use token; only its hash is stored. Returns the token for the e-mail link. */
export async function issueAccountToken(
  tx: DbTransaction,
  input: { userId: string; purpose: AccountTokenPurpose; validHours: number; now?: Date },
): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const now = input.now ?? new Date();
  const row = await tx.accountToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + input.validHours * 60 * 60 * 1000),
    },
    select: { id: true },
  });
  return { id: row.id, token };
}
