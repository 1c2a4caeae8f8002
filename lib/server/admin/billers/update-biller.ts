import 'server-only';
import { db } from '@/lib/db';
import { changedFields } from '@/lib/domain/audit-diff';
import { updateBillerSchema, type UpdateBillerInput } from '@/lib/domain/biller-config';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { parseInput } from '../../validation';
import { billerSnapshot, toBillerAdmin, type BillerAdmin } from './biller-admin-dto';
import { staleEdit } from './stale-edit';

/**
 * Saves the edit form of a biller, only if nobody saved it since the admin loaded it: the write
 * is conditional on the version the form carries and bumps it, so of two admins editing from
 * the same version exactly one wins and the other is told. The audit entry (the changed fields,
 * before and after) is written in the same transaction. A save that changes nothing writes
 * nothing.
 */
export async function updateBiller(
  input: { actor: Actor | null; ipAddress?: string | null } & UpdateBillerInput,
): Promise<BillerAdmin> {
  const { actor: rawActor, ipAddress, ...values } = input;
  const actor = assertRole(rawActor, ['ADMIN']);
  const { billerId, version, referenceRule, cutOffWindows, ...fields } = parseInput(
    updateBillerSchema,
    values,
  );
  return db.$transaction(async (tx) => {
    const row = await tx.biller.findUnique({ where: { id: billerId } });
    if (!row) throw new AppError('NOT_FOUND', 'billerNotFound');
    if (row.version !== version) throw staleEdit(`biller ${billerId} is at ${row.version}`);
    const before = toBillerAdmin(row);
    const after = { ...before, ...fields, referenceRule, cutOffWindows };
    const changes = changedFields(billerSnapshot(before), billerSnapshot(after));
    if (Object.keys(changes.after).length === 0) return before;

    const { count } = await tx.biller.updateMany({
      where: { id: billerId, version },
      data: {
        ...fields,
        referenceRule: JSON.stringify(referenceRule),
        cutOffWindows: JSON.stringify(cutOffWindows),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw staleEdit(`biller ${billerId} changed during the save`);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'biller.update',
      targetType: 'Biller',
      targetId: billerId,
      ipAddress,
      ...changes,
    });
    return toBillerAdmin(await tx.biller.findUniqueOrThrow({ where: { id: billerId } }));
  });
}
