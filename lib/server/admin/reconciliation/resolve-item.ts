import 'server-only';
import { db } from '@/lib/db';
import { resolveItemSchema, type ResolveItemInput } from '@/lib/domain/reconciliation';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { parseInput } from '../../validation';

/**
 * Closes one open difference with the admin's note. The write is conditional on the item still
 * being OPEN, so when two admins resolve it at once exactly one note is kept.
 */
export async function resolveItem(
  input: ResolveItemInput & { actor: Actor | null; ipAddress?: string; now?: Date },
): Promise<{ itemId: string; runId: string }> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const { itemId, note } = parseInput(resolveItemSchema, {
    itemId: input.itemId,
    note: input.note,
  });
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const item = await tx.reconciliationItem.findUnique({
      where: { id: itemId },
      select: { runId: true, outcome: true, reference: true },
    });
    if (!item) throw new AppError('NOT_FOUND', 'reconciliationItemNotFound');
    const { count } = await tx.reconciliationItem.updateMany({
      where: { id: itemId, status: 'OPEN' },
      data: { status: 'RESOLVED', resolutionNote: note, resolvedById: actor.id, resolvedAt: now },
    });
    if (count === 0) throw new AppError('CONFLICT', 'reconciliationItemResolved');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'reconciliation.resolve',
      targetType: 'ReconciliationItem',
      targetId: itemId,
      ipAddress: input.ipAddress,
      before: { status: 'OPEN', outcome: item.outcome, reference: item.reference },
      after: { status: 'RESOLVED', note },
    });
    return { itemId, runId: item.runId };
  });
}
