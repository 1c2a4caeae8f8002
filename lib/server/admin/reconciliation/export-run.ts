import 'server-only';
import { db } from '@/lib/db';
import { CSV_BOM, csvLine } from '@/lib/domain/csv';
import { csvDateTimeWib } from '@/lib/domain/history';
import { EXPORT_COLUMNS } from '@/lib/domain/reconciliation';
import { assertRole, type Actor } from '../../actor';
import { AppError } from '../../errors';

/** A run's items as CSV, with outcomes and resolutions; every cell is guarded against formulas. */
export async function exportRun(input: {
  actor: Actor | null;
  runId: string;
}): Promise<{ filename: string; csv: string }> {
  assertRole(input.actor, ['ADMIN']);
  const run = await db.reconciliationRun.findUnique({
    where: { id: input.runId },
    select: { id: true, source: true, settlementDate: true },
  });
  if (!run) throw new AppError('NOT_FOUND', 'reconciliationRunNotFound');
  const items = await db.reconciliationItem.findMany({
    where: { runId: run.id },
    orderBy: [{ outcome: 'asc' }, { reference: 'asc' }],
    include: { resolvedBy: { select: { email: true } } },
  });
  const lines = items.map((item) =>
    csvLine([
      item.outcome,
      item.reference,
      item.transactionId,
      item.theirAmount,
      item.ourAmount,
      item.theirAmount !== null && item.ourAmount !== null
        ? item.theirAmount - item.ourAmount
        : null,
      item.status,
      item.resolutionNote,
      item.resolvedBy?.email,
      item.resolvedAt && csvDateTimeWib(item.resolvedAt),
    ]),
  );
  return {
    filename: `reconciliation-${run.source.toLowerCase()}-${run.settlementDate}.csv`,
    csv: CSV_BOM + csvLine(EXPORT_COLUMNS) + lines.join(''),
  };
}
