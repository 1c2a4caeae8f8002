import 'server-only';
import { db } from '@/lib/db';
import { expectedCash } from '@/lib/domain/counter';
import type { Locale } from '@/lib/domain/locale';
import { summariseShift, type ShiftSummary } from '@/lib/domain/shift-report';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { requireOutletMember } from '../outlets/outlet-membership';
import { findOpenShift } from './find-open-shift';
import { loadShiftSales, type SaleRow } from './shift-sales';

export type ShiftReport = {
  id: string;
  outletName: string;
  cashierId: string;
  cashierName: string;
  open: boolean;
  openedAt: Date;
  closedAt: Date | null;
  openingCash: number;
  /** Frozen at the close; for an open shift, what the drawer should hold now. */
  expectedCash: number;
  countedCash: number | null;
  cashDifference: number | null;
  closingNote: string | null;
  summary: ShiftSummary;
  sales: SaleRow[];
  /** Sales still waiting for the biller's answer (their cash is in the drawer). */
  pending: SaleRow[];
};

/**
 * One shift's report: cash expected, counted and the difference, sales by status and by biller,
 * commission and biaya loket earned, and every sale. A cashier reads their own shifts; the owner
 * reads every shift of the outlet; anything else does not exist.
 */
export async function getShiftReport(input: {
  actor: Actor | null;
  shiftId: string;
  locale: Locale;
}): Promise<ShiftReport> {
  const { actor, outletId, role, outlet } = await requireOutletMember(input.actor);
  const shift = await db.shift.findFirst({
    where: {
      id: input.shiftId,
      outletId,
      ...(role === 'OWNER' ? {} : { cashierId: actor.id }),
    },
    include: { cashier: { select: { name: true } } },
  });
  if (!shift) throw new AppError('NOT_FOUND', 'shiftNotFound');
  const sales = await loadShiftSales([shift.id], input.locale);
  const open = shift.openKey !== null;
  return {
    id: shift.id,
    outletName: outlet.name,
    cashierId: shift.cashierId,
    cashierName: shift.cashier.name,
    open,
    openedAt: shift.openedAt,
    closedAt: shift.closedAt,
    openingCash: shift.openingCash,
    expectedCash: shift.expectedCash ?? expectedCash(shift.openingCash, sales),
    countedCash: shift.countedCash,
    cashDifference: shift.cashDifference,
    closingNote: shift.closingNote,
    summary: summariseShift(sales),
    sales,
    pending: sales.filter((s) => s.status === 'PENDING_BILLER' || s.status === 'PROCESSING'),
  };
}

/** The report of the actor's open shift so far, or null when none is open. */
export async function getOpenShiftReport(input: {
  actor: Actor | null;
  locale: Locale;
}): Promise<ShiftReport | null> {
  const { actor } = await requireOutletMember(input.actor);
  const shift = await findOpenShift(actor.id);
  return shift ? getShiftReport({ actor, shiftId: shift.id, locale: input.locale }) : null;
}
