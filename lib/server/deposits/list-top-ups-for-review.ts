import 'server-only';
import { db } from '@/lib/db';
import type { TopUpStatus } from '@/lib/domain/deposit';
import { assertRole, type Actor } from '../actor';

export const REVIEW_PAGE_SIZE = 10;
export const REVIEW_FILTERS = ['PENDING', 'PAID', 'REJECTED'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export type TopUpForReview = {
  id: string;
  outlet: { name: string; address: string };
  requestedBy: { name: string; email: string };
  channel: string;
  amount: number;
  status: TopUpStatus;
  transferRef: string | null;
  createdAt: Date;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  rejectionReason: string | null;
};

/**
 * Manual transfers for admins: the waiting ones oldest first (the queue), decided ones newest
 * first. Served by the (status, createdAt) index.
 */
export async function listTopUpsForReview(input: {
  actor: Actor | null;
  status?: ReviewFilter;
  page?: number;
}): Promise<{ items: TopUpForReview[]; page: number; pageCount: number; total: number }> {
  assertRole(input.actor, ['ADMIN']);
  const status = input.status ?? 'PENDING';
  const where = { status, method: 'MANUAL' };
  const total = await db.depositTopUp.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page ?? 1), pageCount);
  const order = status === 'PENDING' ? 'asc' : 'desc';
  const rows = await db.depositTopUp.findMany({
    where,
    orderBy: [{ createdAt: order }, { id: order }],
    skip: (page - 1) * REVIEW_PAGE_SIZE,
    take: REVIEW_PAGE_SIZE,
    include: {
      outlet: { select: { name: true, address: true } },
      requestedBy: { select: { name: true, email: true } },
      reviewedBy: { select: { name: true } },
    },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      outlet: row.outlet,
      requestedBy: row.requestedBy,
      channel: row.channel,
      amount: row.amount,
      status: row.status as TopUpStatus,
      transferRef: row.transferRef,
      createdAt: row.createdAt,
      reviewedBy: row.reviewedBy?.name ?? null,
      reviewedAt: row.reviewedAt,
      rejectionReason: row.rejectionReason,
    })),
    page,
    pageCount,
    total,
  };
}

/** How many manual transfers wait for an admin (the navigation's badge). */
export async function countPendingTopUps(input: { actor: Actor | null }): Promise<number> {
  assertRole(input.actor, ['ADMIN']);
  return db.depositTopUp.count({ where: { status: 'PENDING', method: 'MANUAL' } });
}
