import 'server-only';
import { db } from '@/lib/db';
import {
  RECONCILIATION_PAGE_SIZE,
  runItemFiltersSchema,
  type ReconciliationOutcome,
} from '@/lib/domain/reconciliation';
import { assertRole, type Actor } from '../../actor';
import { AppError } from '../../errors';

export type RunItemView = {
  id: string;
  outcome: ReconciliationOutcome;
  reference: string;
  transactionId: string | null;
  theirAmount: number | null;
  ourAmount: number | null;
  status: 'OPEN' | 'RESOLVED';
  resolutionNote: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
};

/** One run with its counts and a page of its items, filtered by outcome and status. */
export async function getRun(input: { actor: Actor | null; runId: string; filters: unknown }) {
  assertRole(input.actor, ['ADMIN']);
  const filters = runItemFiltersSchema.parse(input.filters ?? {});
  const run = await db.reconciliationRun.findUnique({
    where: { id: input.runId },
    include: { importedBy: { select: { name: true } } },
  });
  if (!run) throw new AppError('NOT_FOUND', 'reconciliationRunNotFound');
  const where = {
    runId: run.id,
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const [rows, openCount] = await Promise.all([
    db.reconciliationItem.findMany({
      where,
      // What is still open first: the differences, then what is settled.
      orderBy: [{ status: 'asc' }, { outcome: 'asc' }, { reference: 'asc' }],
      skip: (filters.page - 1) * RECONCILIATION_PAGE_SIZE,
      take: RECONCILIATION_PAGE_SIZE + 1,
      include: { resolvedBy: { select: { name: true } } },
    }),
    db.reconciliationItem.count({ where: { status: 'OPEN', runId: run.id } }),
  ]);
  const items: RunItemView[] = rows.slice(0, RECONCILIATION_PAGE_SIZE).map((item) => ({
    id: item.id,
    outcome: item.outcome as ReconciliationOutcome,
    reference: item.reference,
    transactionId: item.transactionId,
    theirAmount: item.theirAmount,
    ourAmount: item.ourAmount,
    status: item.status === 'RESOLVED' ? 'RESOLVED' : 'OPEN',
    resolutionNote: item.resolutionNote,
    resolvedBy: item.resolvedBy?.name ?? null,
    resolvedAt: item.resolvedAt,
  }));
  return {
    run: {
      id: run.id,
      source: run.source,
      settlementDate: run.settlementDate,
      fileName: run.fileName,
      importedBy: run.importedBy.name,
      createdAt: run.createdAt,
      counts: {
        MATCHED: run.matchedCount,
        AMOUNT_DIFFERS: run.differCount,
        ONLY_THEIRS: run.onlyTheirsCount,
        ONLY_OURS: run.onlyOursCount,
      } satisfies Record<ReconciliationOutcome, number>,
      openCount,
    },
    filters,
    items,
    hasMore: rows.length > RECONCILIATION_PAGE_SIZE,
  };
}

export type RunDetail = Awaited<ReturnType<typeof getRun>>;
