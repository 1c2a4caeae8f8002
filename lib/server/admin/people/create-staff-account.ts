import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import type { CreateStaffOutput, StaffRole } from '@/lib/domain/people';
import { env } from '@/lib/env';
import { issueAccountToken } from '../../accounts/account-tokens';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { enqueueEmail } from '../../outbox/enqueue';
import { STAFF_INVITE_VALID_HOURS } from '../../outbox/templates/staff-invite';
import { hashPassword } from '../../passwords';
import { isUniqueViolation } from '../../prisma-errors';

export type CreatedStaff = { id: string; name: string; email: string; role: StaffRole };

const emailTaken = () =>
  new AppError('VALIDATION', 'validationFailed', { fieldErrors: { email: ['emailTaken'] } });

/**
 * An agent or admin account, made by an admin. Nobody types its password: the account starts
 * with the hash of a random secret no one keeps, and the person sets their own password through
 * a single-use reset link sent with the invitation (the reset also marks the e-mail verified).
 * Staff need no identity check. The account, the link, the e-mail and the audit entry commit
 * together.
 */
export async function createStaffAccount(input: {
  actor: Actor | null;
  staff: CreateStaffOutput;
  ipAddress?: string;
  now?: Date;
}): Promise<CreatedStaff> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const { name, email, role, locale } = input.staff;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
  const unusableHash = await hashPassword(randomBytes(32).toString('base64url'));
  const now = input.now ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name, email, role, locale, passwordHash: unusableHash },
        select: { id: true, name: true, email: true },
      });
      const { id: tokenId, token } = await issueAccountToken(tx, {
        userId: user.id,
        purpose: 'RESET_PASSWORD',
        validHours: STAFF_INVITE_VALID_HOURS,
        now,
      });
      const url = new URL('/reset-password', env.APP_URL);
      url.searchParams.set('token', token);
      await enqueueEmail(tx, {
        dedupeKey: `staff-invite:${tokenId}`,
        template: 'staff-invite',
        recipient: user.email,
        locale,
        payload: { name: user.name, role, url: url.toString() },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'user.staff.create',
        targetType: 'User',
        targetId: user.id,
        ipAddress: input.ipAddress,
        before: null,
        after: { name, email, role },
      });
      return { ...user, role };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'email')) throw emailTaken();
    throw error;
  }
}
