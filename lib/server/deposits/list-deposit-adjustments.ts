import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '../actor';

export const ADJUSTMENTS_PAGE_SIZE = 10;

export type DepositAdjustmentRow = {
  id: string;
  /** Positive added to the deposit, negative taken away. */
  amount: number;
  reason: string;
  createdAt: Date;
  createdBy: { id: string; name: string };
};

/** An outlet's adjustments by admins, newest first, a page at a time. */
export async function listDepositAdjustments(input: {
  actor: Actor | null;
  outletId: string;
  page: number;
}): Promise<{ rows: DepositAdjustmentRow[]; page: number; pageCount: number }> {
  assertRole(input.actor, ['ADMIN']);
  const where = { outletId: input.outletId };
  const total = await db.depositAdjustment.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ADJUSTMENTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page), pageCount);
  const rows = await db.depositAdjustment.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * ADJUSTMENTS_PAGE_SIZE,
    take: ADJUSTMENTS_PAGE_SIZE,
    select: {
      id: true,
      amount: true,
      reason: true,
      createdAt: true,
      createdBy: { select: { id: true, name: true } },
    },
  });
  return { rows, page, pageCount };
}
