import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '../actor';
import { requireOutletMember } from '../outlets/outlet-membership';

export const SHIFTS_PAGE_SIZE = 20;

export type ShiftRow = {
  id: string;
  cashierName: string;
  openedAt: Date;
  closedAt: Date | null;
  openingCash: number;
  expectedCash: number | null;
  countedCash: number | null;
  cashDifference: number | null;
};

/** Shifts newest first: a cashier's own, or every shift of the outlet for its owner. */
export async function listShifts(input: {
  actor: Actor | null;
  page?: number;
}): Promise<{ rows: ShiftRow[]; page: number; pageCount: number }> {
  const { actor, outletId, role } = await requireOutletMember(input.actor);
  const where = role === 'OWNER' ? { outletId } : { outletId, cashierId: actor.id };
  const total = await db.shift.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / SHIFTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page ?? 1), pageCount);
  const rows = await db.shift.findMany({
    where,
    orderBy: { openedAt: 'desc' },
    skip: (page - 1) * SHIFTS_PAGE_SIZE,
    take: SHIFTS_PAGE_SIZE,
    select: {
      id: true,
      openedAt: true,
      closedAt: true,
      openingCash: true,
      expectedCash: true,
      countedCash: true,
      cashDifference: true,
      cashier: { select: { name: true } },
    },
  });
  return {
    rows: rows.map(({ cashier, ...shift }) => ({ ...shift, cashierName: cashier.name })),
    page,
    pageCount,
  };
}
