import 'server-only';
import { db } from '@/lib/db';
import { formatRupiah } from '@/lib/domain/money';
import type { Actor } from '../actor';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { highestMarkupLimit, type OutletSettings } from './get-outlet-settings';
import { requireOutletMember } from './outlet-membership';

/**
 * The owner sets the outlet's biaya loket, from nothing up to the highest maximum of the billers
 * on sale. Each inquiry then caps it by that biller's own maximum.
 */
export async function updateOutletSettings(input: {
  actor: Actor | null;
  markup: number;
  ipAddress?: string;
}): Promise<OutletSettings> {
  const { actor, outletId, outlet } = await requireOutletMember(input.actor, ['OWNER']);
  const markupLimit = await highestMarkupLimit();
  if (!Number.isSafeInteger(input.markup) || input.markup < 0 || input.markup > markupLimit) {
    throw new AppError('VALIDATION', 'validationFailed', {
      fieldErrors: {
        markup: [{ key: 'validation.markupTooHigh', params: { max: formatRupiah(markupLimit) } }],
      },
    });
  }
  if (input.markup === outlet.markup) {
    return { name: outlet.name, address: outlet.address, markup: outlet.markup, markupLimit };
  }
  const updated = await db.$transaction(async (tx) => {
    const row = await tx.outlet.update({
      where: { id: outletId },
      data: { markup: input.markup },
      select: { name: true, address: true, markup: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'outlet.settings',
      targetType: 'Outlet',
      targetId: outletId,
      ipAddress: input.ipAddress,
      before: { markup: outlet.markup },
      after: { markup: row.markup },
    });
    return row;
  });
  return { ...updated, markupLimit };
}
