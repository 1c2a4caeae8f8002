import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { requireOutletMember } from '../outlets/outlet-membership';
import { isUniqueViolation } from '../prisma-errors';
import type { OpenShift } from './find-open-shift';

/**
 * Opens the actor's shift at their outlet with the cash in the drawer. The open key (the
 * cashier's id while open) is unique, so a second tab or a double submit cannot open a second
 * shift: the database refuses it, whatever the timing.
 */
export async function openShift(input: {
  actor: Actor | null;
  openingCash: number;
  now?: Date;
}): Promise<OpenShift> {
  const { actor, outletId } = await requireOutletMember(input.actor, ['OWNER', 'CASHIER']);
  if (!Number.isSafeInteger(input.openingCash) || input.openingCash < 0) {
    throw new AppError('VALIDATION', 'validationFailed', {
      fieldErrors: { openingCash: ['cashAmountInvalid'] },
    });
  }
  try {
    return await db.shift.create({
      data: {
        outletId,
        cashierId: actor.id,
        openKey: actor.id,
        openingCash: input.openingCash,
        openedAt: input.now ?? new Date(),
      },
      select: { id: true, outletId: true, openingCash: true, openedAt: true },
    });
  } catch (error) {
    if (isUniqueViolation(error, 'openKey')) throw new AppError('CONFLICT', 'shiftAlreadyOpen');
    throw error;
  }
}
