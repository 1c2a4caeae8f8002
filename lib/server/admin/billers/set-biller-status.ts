import 'server-only';
import { db } from '@/lib/db';
import { changedFields } from '@/lib/domain/audit-diff';
import { setBillerStatusSchema, type SetBillerStatusInput } from '@/lib/domain/biller-config';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { parseInput } from '../../validation';
import { billerSnapshot, toBillerAdmin, type BillerAdmin } from './biller-admin-dto';
import { staleEdit } from './stale-edit';

const ACTIONS = {
  ACTIVE: 'biller.enable',
  MAINTENANCE: 'biller.maintenance',
  DISABLED: 'biller.disable',
} as const;

/**
 * Opens, closes or pauses a biller. Customer and counter screens read the status on every
 * request, so the change shows at once. Maintenance carries the message customers read, in both
 * languages; leaving maintenance keeps the last message for next time. Versioned and audited
 * like any other edit.
 */
export async function setBillerStatus(
  input: { actor: Actor | null; ipAddress?: string | null } & SetBillerStatusInput,
): Promise<BillerAdmin> {
  const { actor: rawActor, ipAddress, ...values } = input;
  const actor = assertRole(rawActor, ['ADMIN']);
  const { billerId, version, status, maintenanceMessageId, maintenanceMessageEn } = parseInput(
    setBillerStatusSchema,
    values,
  );
  const data =
    status === 'MAINTENANCE' ? { status, maintenanceMessageId, maintenanceMessageEn } : { status };
  return db.$transaction(async (tx) => {
    const row = await tx.biller.findUnique({ where: { id: billerId } });
    if (!row) throw new AppError('NOT_FOUND', 'billerNotFound');
    if (row.version !== version) throw staleEdit(`biller ${billerId} is at ${row.version}`);
    const before = toBillerAdmin(row);
    const changes = changedFields(billerSnapshot(before), billerSnapshot({ ...before, ...data }));
    if (Object.keys(changes.after).length === 0) return before;

    const { count } = await tx.biller.updateMany({
      where: { id: billerId, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw staleEdit(`biller ${billerId} changed during the status change`);
    await recordAudit(tx, {
      actorId: actor.id,
      action: ACTIONS[status],
      targetType: 'Biller',
      targetId: billerId,
      ipAddress,
      ...changes,
    });
    return toBillerAdmin(await tx.biller.findUniqueOrThrow({ where: { id: billerId } }));
  });
}
