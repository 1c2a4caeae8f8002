import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '../errors';

/**
 * Moves a submission out of PENDING with a conditional update, inside the caller's decision
 * transaction: of two reviewers deciding at once, exactly one gets the submission, the other a
 * CONFLICT. Returns the submission as it was, with the account it belongs to.
 */
export async function claimPendingSubmission(
  tx: DbTransaction,
  input: {
    submissionId: string;
    data: {
      status: 'APPROVED' | 'REJECTED';
      reviewedById: string;
      reviewedAt: Date;
      rejectionReason?: string;
    };
  },
) {
  const submission = await tx.identitySubmission.findUnique({
    where: { id: input.submissionId },
    include: {
      user: {
        select: { id: true, name: true, email: true, locale: true, identityStatus: true },
      },
    },
  });
  if (!submission) throw new AppError('NOT_FOUND', 'identitySubmissionNotFound');
  const { count } = await tx.identitySubmission.updateMany({
    where: { id: submission.id, status: 'PENDING' },
    data: input.data,
  });
  if (count === 0) {
    throw new AppError('CONFLICT', 'identityAlreadyDecided', {
      internal: `submission ${submission.id} is ${submission.status}, not PENDING`,
    });
  }
  return submission;
}
