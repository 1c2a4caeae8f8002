import 'server-only';
import { db } from '@/lib/db';
import type { IdentitySubmissionStatus } from '@/lib/domain/identity/review';
import { assertRole, type Actor } from '../actor';

export const IDENTITY_QUEUE_PAGE_SIZE = 20;

export type IdentityQueueRow = {
  id: string;
  status: IdentitySubmissionStatus;
  fullName: string;
  nikMasked: string;
  customer: { name: string; email: string };
  createdAt: Date;
  reviewedAt: Date | null;
};

/**
 * The review queue: one status at a time, served by the (status, createdAt) index. Pending
 * submissions come oldest first (the longest waiting on top); decided ones newest first. Only
 * the masked NIK leaves here.
 */
export async function listIdentitySubmissions(input: {
  actor: Actor | null;
  status?: IdentitySubmissionStatus;
  search?: string;
  page: number;
}): Promise<{ rows: IdentityQueueRow[]; total: number; page: number; pageCount: number }> {
  assertRole(input.actor, ['ADMIN']);
  const status = input.status ?? 'PENDING';
  const search = input.search?.trim();
  const where = {
    status,
    ...(search
      ? {
          OR: [
            { fullName: { contains: search } },
            { user: { name: { contains: search } } },
            { user: { email: { contains: search } } },
          ],
        }
      : {}),
  };
  const order = status === 'PENDING' ? 'asc' : 'desc';
  const page = Math.max(1, input.page);
  const [submissions, total] = await Promise.all([
    db.identitySubmission.findMany({
      where,
      orderBy: [{ createdAt: order }, { id: order }],
      skip: (page - 1) * IDENTITY_QUEUE_PAGE_SIZE,
      take: IDENTITY_QUEUE_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        fullName: true,
        nikMasked: true,
        createdAt: true,
        reviewedAt: true,
        user: { select: { name: true, email: true } },
      },
    }),
    db.identitySubmission.count({ where }),
  ]);
  return {
    rows: submissions.map(({ user, ...submission }) => ({
      ...submission,
      status: submission.status as IdentitySubmissionStatus,
      customer: user,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / IDENTITY_QUEUE_PAGE_SIZE)),
  };
}

/** Submissions waiting for a reviewer, for the back office's navigation badge. */
export async function countPendingIdentitySubmissions(input: {
  actor: Actor | null;
}): Promise<number> {
  assertRole(input.actor, ['ADMIN']);
  return db.identitySubmission.count({ where: { status: 'PENDING' } });
}
