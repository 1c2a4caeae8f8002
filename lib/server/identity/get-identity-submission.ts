import 'server-only';
import { db } from '@/lib/db';
import type { Sex } from '@/lib/domain/identity/nik';
import {
  identityChecks,
  type IdentityChecks,
  type IdentitySubmissionStatus,
} from '@/lib/domain/identity/review';
import { log } from '@/lib/log';
import { assertRole, type Actor } from '../actor';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { unsealText } from './sealed';

const LINKED_LIMIT = 20;

type Person = { id: string; name: string; email: string };
export type IdentitySubmissionDetail = {
  id: string;
  status: IdentitySubmissionStatus;
  /** The full NIK: shown on the review page only. Null if it cannot be unsealed. */
  nik: string | null;
  nikMasked: string;
  fullName: string;
  birthPlace: string;
  birthDate: string;
  sex: Sex;
  address: string;
  createdAt: Date;
  rejectionReason: string | null;
  reviewedAt: Date | null;
  reviewedBy: { name: string; email: string } | null;
  customer: Person & { createdAt: Date; emailVerified: boolean };
  checks: IdentityChecks;
  /** Another account that holds this NIK as verified. */
  verifiedElsewhere: Person | null;
  /** Submissions with the same NIK from other accounts. */
  sameNikElsewhere: {
    id: string;
    status: IdentitySubmissionStatus;
    createdAt: Date;
    user: Person;
  }[];
  /** The customer's other submissions, newest first. */
  history: {
    id: string;
    status: IdentitySubmissionStatus;
    createdAt: Date;
    reviewedAt: Date | null;
    rejectionReason: string | null;
  }[];
};

function unsealNik(submissionId: string, sealed: string): string | null {
  try {
    return unsealText(sealed);
  } catch (error) {
    log('error', 'identity NIK could not be unsealed', { submissionId, error });
    return null;
  }
}

/**
 * One submission as the reviewer sees it, with the full NIK. Every view is written to the audit
 * log before anything is returned: no one reads a NIK without leaving a trace.
 */
export async function getIdentitySubmission(input: {
  actor: Actor | null;
  id: string;
  ipAddress?: string;
}): Promise<IdentitySubmissionDetail> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const submission = await db.identitySubmission.findUnique({
    where: { id: input.id },
    include: {
      user: {
        select: { id: true, name: true, email: true, createdAt: true, emailVerifiedAt: true },
      },
      reviewedBy: { select: { name: true, email: true } },
    },
  });
  if (!submission) throw new AppError('NOT_FOUND', 'identitySubmissionNotFound');
  const person = { id: true, name: true, email: true } as const;
  const [verifiedElsewhere, sameNikElsewhere, history] = await Promise.all([
    db.user.findFirst({
      where: { nikHash: submission.nikHash, id: { not: submission.userId } },
      select: person,
    }),
    db.identitySubmission.findMany({
      where: { nikHash: submission.nikHash, userId: { not: submission.userId } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LINKED_LIMIT,
      select: { id: true, status: true, createdAt: true, user: { select: person } },
    }),
    db.identitySubmission.findMany({
      where: { userId: submission.userId, id: { not: submission.id } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LINKED_LIMIT,
      select: { id: true, status: true, createdAt: true, reviewedAt: true, rejectionReason: true },
    }),
  ]);

  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: 'identity.submission.viewed',
      targetType: 'IdentitySubmission',
      targetId: submission.id,
      ipAddress: input.ipAddress,
      before: null,
      after: { status: submission.status, userId: submission.userId },
    }),
  );

  const nik = unsealNik(submission.id, submission.nikCiphertext);
  const status = (value: string) => value as IdentitySubmissionStatus;
  const { user } = submission;
  return {
    id: submission.id,
    status: status(submission.status),
    nik,
    nikMasked: submission.nikMasked,
    fullName: submission.fullName,
    birthPlace: submission.birthPlace,
    birthDate: submission.birthDate,
    sex: submission.sex as Sex,
    address: submission.address,
    createdAt: submission.createdAt,
    rejectionReason: submission.rejectionReason,
    reviewedAt: submission.reviewedAt,
    reviewedBy: submission.reviewedBy,
    customer: {
      id: user.id,
      name: user.name,
      email: user.email,
      createdAt: user.createdAt,
      emailVerified: user.emailVerifiedAt !== null,
    },
    checks: identityChecks(nik, submission.birthDate, submission.sex),
    verifiedElsewhere,
    sameNikElsewhere: sameNikElsewhere.map((row) => ({ ...row, status: status(row.status) })),
    history: history.map((row) => ({ ...row, status: status(row.status) })),
  };
}
