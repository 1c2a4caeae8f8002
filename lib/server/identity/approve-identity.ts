import 'server-only';
import { db } from '@/lib/db';
import { toLocale } from '@/lib/domain/locale';
import { env } from '@/lib/env';
import { assertRole, type Actor } from '../actor';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { notify } from '../notifications/notify';
import { enqueueEmail } from '../outbox/enqueue';
import { isUniqueViolation } from '../prisma-errors';
import { claimPendingSubmission } from './claim-pending-submission';

const nikVerifiedElsewhere = () =>
  new AppError('CONFLICT', 'nikVerifiedElsewhere', {
    internal: 'the NIK is already verified on another account',
  });

/**
 * Approves a pending submission: the account becomes identity-verified and holds the NIK's
 * hash, whose unique index keeps one person on one account. One DB transaction moves the
 * submission, the account, the audit entry, the notice and the e-mail, or none of them.
 */
export async function approveIdentity(input: {
  actor: Actor | null;
  submissionId: string;
  ipAddress?: string;
  now?: Date;
}): Promise<{ id: string; status: 'APPROVED' }> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const now = input.now ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      const submission = await claimPendingSubmission(tx, {
        submissionId: input.submissionId,
        data: { status: 'APPROVED', reviewedById: actor.id, reviewedAt: now },
      });
      const { user } = submission;
      const holder = await tx.user.findFirst({
        where: { nikHash: submission.nikHash, id: { not: user.id } },
        select: { id: true },
      });
      if (holder) throw nikVerifiedElsewhere();
      await tx.user.update({
        where: { id: user.id },
        data: { identityStatus: 'APPROVED', identityVerifiedAt: now, nikHash: submission.nikHash },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'identity.approve',
        targetType: 'IdentitySubmission',
        targetId: submission.id,
        ipAddress: input.ipAddress,
        before: { status: 'PENDING', userIdentityStatus: user.identityStatus },
        after: { status: 'APPROVED', userIdentityStatus: 'APPROVED', userId: user.id },
      });
      await notify(tx, {
        userId: user.id,
        kind: 'IDENTITY_APPROVED',
        params: {},
        href: '/home',
        dedupeKey: `identity-decision:${submission.id}`,
      });
      await enqueueEmail(tx, {
        dedupeKey: `identity-decision:${submission.id}`,
        template: 'identity-approved',
        recipient: user.email,
        locale: toLocale(user.locale),
        payload: { name: user.name, url: new URL('/home', env.APP_URL).toString() },
      });
      return { id: submission.id, status: 'APPROVED' as const };
    });
  } catch (error) {
    // Another account took the NIK between the check above and the update: same answer.
    if (isUniqueViolation(error, 'nikHash')) throw nikVerifiedElsewhere();
    throw error;
  }
}
