import 'server-only';
import { db } from '@/lib/db';
import { cashDifference, expectedCash } from '@/lib/domain/counter';
import { formatRupiah } from '@/lib/domain/money';
import type { Actor } from '../actor';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { requireOutletMember } from '../outlets/outlet-membership';

export type ClosedShift = {
  id: string;
  expectedCash: number;
  countedCash: number;
  cashDifference: number;
  pendingSales: number;
};

const notOpen = () => new AppError('CONFLICT', 'shiftNotOpen');

/**
 * Closes the actor's open shift by the cash they counted. Expected is the opening cash plus what
 * the shift's sales kept (a failed sale's cash went back to the customer); a difference needs a
 * note. The close is conditional on the shift still being open, so a double submit or a second
 * tab cannot close it twice. Sales still pending at the biller do not stop a close: their cash
 * is in the drawer, and the report lists them.
 */
export async function closeShift(input: {
  actor: Actor | null;
  shiftId: string;
  countedCash: number;
  note: string;
  ipAddress?: string;
  now?: Date;
}): Promise<ClosedShift> {
  const { actor } = await requireOutletMember(input.actor, ['OWNER', 'CASHIER']);
  const { countedCash } = input;
  if (!Number.isSafeInteger(countedCash) || countedCash < 0) {
    throw new AppError('VALIDATION', 'validationFailed', {
      fieldErrors: { countedCash: ['cashAmountInvalid'] },
    });
  }
  const note = input.note.trim();
  return db.$transaction(async (tx) => {
    const shift = await tx.shift.findFirst({
      where: { id: input.shiftId, cashierId: actor.id, openKey: actor.id },
      select: { id: true, openingCash: true },
    });
    if (!shift) throw notOpen();
    const sales = await tx.transaction.findMany({
      where: { shiftId: shift.id },
      select: { status: true, totalAmount: true, outletMarkup: true, cashReceived: true },
    });
    const expected = expectedCash(shift.openingCash, sales);
    const difference = cashDifference(countedCash, expected);
    if (difference !== 0 && note === '') {
      throw new AppError('VALIDATION', 'validationFailed', {
        fieldErrors: {
          note: [
            {
              key: 'validation.closingNoteRequired',
              params: { expected: formatRupiah(expected), difference: formatRupiah(difference) },
            },
          ],
        },
      });
    }
    const closed = await tx.shift.updateMany({
      where: { id: shift.id, openKey: actor.id },
      data: {
        openKey: null,
        closedAt: input.now ?? new Date(),
        expectedCash: expected,
        countedCash,
        cashDifference: difference,
        closingNote: note === '' ? null : note,
      },
    });
    if (closed.count !== 1) throw notOpen();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'shift.close',
      targetType: 'Shift',
      targetId: shift.id,
      ipAddress: input.ipAddress,
      before: { openingCash: shift.openingCash },
      after: { expectedCash: expected, countedCash, cashDifference: difference, note },
    });
    const pendingSales = sales.filter(
      (sale) => sale.status === 'PENDING_BILLER' || sale.status === 'PROCESSING',
    ).length;
    return {
      id: shift.id,
      expectedCash: expected,
      countedCash,
      cashDifference: difference,
      pendingSales,
    };
  });
}
