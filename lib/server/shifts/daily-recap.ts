import 'server-only';
import { db } from '@/lib/db';
import { wibDayStart } from '@/lib/domain/history';
import type { Locale } from '@/lib/domain/locale';
import { summariseShift } from '@/lib/domain/shift-report';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { requireOutletMember } from '../outlets/outlet-membership';
import { loadShiftSales, type SaleRow } from './shift-sales';

const DAY_MS = 24 * 60 * 60 * 1000;

export type CashierRecap = {
  cashierId: string;
  cashierName: string;
  shifts: { id: string; openedAt: Date; closedAt: Date | null; cashDifference: number | null }[];
  openShifts: number;
  salesCount: number;
  collected: number;
  commission: number;
  markup: number;
  pendingCount: number;
  failedCount: number;
  /** The sum of the closed shifts' differences (counted - expected). */
  cashDifference: number;
};

/**
 * The outlet owner's recap of one Jakarta calendar day, per cashier, from the shifts opened that
 * day: shifts, sales kept, cash collected, commission and biaya loket earned, cash differences.
 */
export async function dailyRecap(input: {
  actor: Actor | null;
  date: string;
  locale: Locale;
}): Promise<CashierRecap[]> {
  const { outletId } = await requireOutletMember(input.actor, ['OWNER']);
  const start = wibDayStart(input.date);
  if (!start) {
    throw new AppError('VALIDATION', 'validationFailed', {
      fieldErrors: { date: ['historyDateInvalid'] },
    });
  }
  const shifts = await db.shift.findMany({
    where: { outletId, openedAt: { gte: start, lt: new Date(start.getTime() + DAY_MS) } },
    orderBy: { openedAt: 'asc' },
    take: 500,
    select: {
      id: true,
      cashierId: true,
      openedAt: true,
      closedAt: true,
      openKey: true,
      cashDifference: true,
      cashier: { select: { name: true } },
    },
  });
  const sales = await loadShiftSales(
    shifts.map((shift) => shift.id),
    input.locale,
  );
  const shiftCashier = new Map(shifts.map((shift) => [shift.id, shift.cashierId]));
  const salesByCashier = new Map<string, SaleRow[]>();
  for (const sale of sales) {
    const cashierId = shiftCashier.get(sale.shiftId);
    if (cashierId) salesByCashier.set(cashierId, [...(salesByCashier.get(cashierId) ?? []), sale]);
  }
  const recaps = new Map<string, CashierRecap>();
  for (const shift of shifts) {
    const recap = recaps.get(shift.cashierId) ?? {
      cashierId: shift.cashierId,
      cashierName: shift.cashier.name,
      shifts: [],
      openShifts: 0,
      salesCount: 0,
      collected: 0,
      commission: 0,
      markup: 0,
      pendingCount: 0,
      failedCount: 0,
      cashDifference: 0,
    };
    recap.shifts.push({
      id: shift.id,
      openedAt: shift.openedAt,
      closedAt: shift.closedAt,
      cashDifference: shift.cashDifference,
    });
    if (shift.openKey !== null) recap.openShifts += 1;
    recap.cashDifference += shift.cashDifference ?? 0;
    recaps.set(shift.cashierId, recap);
  }
  for (const recap of recaps.values()) {
    const summary = summariseShift(salesByCashier.get(recap.cashierId) ?? []);
    recap.salesCount = summary.salesCount;
    recap.collected = summary.collected;
    recap.commission = summary.commission;
    recap.markup = summary.markup;
    recap.pendingCount = summary.pendingCount;
    recap.failedCount = summary.failedCount;
  }
  return [...recaps.values()].sort((a, b) => a.cashierName.localeCompare(b.cashierName));
}
