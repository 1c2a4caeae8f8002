import 'server-only';
import { db } from '@/lib/db';
import { rejectIdentitySchema } from '@/lib/domain/identity/review';
import { toLocale } from '@/lib/domain/locale';
import { env } from '@/lib/env';
import { assertRole, type Actor } from '../actor';
import { recordAudit } from '../audit';
import { notify } from '../notifications/notify';
import { enqueueEmail } from '../outbox/enqueue';
import { parseInput } from '../validation';
import { claimPendingSubmission } from './claim-pending-submission';

/**
 * Rejects a pending submission with a reason the customer reads (in the notice and the e-mail)
 * and may act on: the account goes to REJECTED and can submit again. One DB transaction.
 */
export async function rejectIdentity(input: {
  actor: Actor | null;
  submissionId: string;
  reason: string;
  ipAddress?: string;
  now?: Date;
}): Promise<{ id: string; status: 'REJECTED' }> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const { reason } = parseInput(rejectIdentitySchema, {
    submissionId: input.submissionId,
    reason: input.reason,
  });
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const submission = await claimPendingSubmission(tx, {
      submissionId: input.submissionId,
      data: {
        status: 'REJECTED',
        reviewedById: actor.id,
        reviewedAt: now,
        rejectionReason: reason,
      },
    });
    const { user } = submission;
    // Only the submission in review moves the account: never undo an approval.
    await tx.user.updateMany({
      where: { id: user.id, identityStatus: 'PENDING' },
      data: { identityStatus: 'REJECTED' },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'identity.reject',
      targetType: 'IdentitySubmission',
      targetId: submission.id,
      ipAddress: input.ipAddress,
      before: { status: 'PENDING', userIdentityStatus: user.identityStatus },
      after: { status: 'REJECTED', rejectionReason: reason, userId: user.id },
    });
    await notify(tx, {
      userId: user.id,
      kind: 'IDENTITY_REJECTED',
      params: { reason },
      href: '/home/identity',
      dedupeKey: `identity-decision:${submission.id}`,
    });
    await enqueueEmail(tx, {
      dedupeKey: `identity-decision:${submission.id}`,
      template: 'identity-rejected',
      recipient: user.email,
      locale: toLocale(user.locale),
      payload: {
        name: user.name,
        reason,
        url: new URL('/home/identity', env.APP_URL).toString(),
      },
    });
    return { id: submission.id, status: 'REJECTED' as const };
  });
}
