import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '../../actor';

export const RUNS_PAGE_SIZE = 25;

export type RunSummary = {
  id: string;
  source: string;
  settlementDate: string;
  fileName: string;
  importedBy: string;
  createdAt: Date;
  counts: { matched: number; differs: number; onlyTheirs: number; onlyOurs: number };
  openCount: number;
};

/** The latest reconciliation runs, newest first, a page at a time (createdAt is indexed). */
export async function listRuns(input: {
  actor: Actor | null;
  page?: number;
}): Promise<{ runs: RunSummary[]; hasMore: boolean }> {
  assertRole(input.actor, ['ADMIN']);
  const page = Math.max(1, Math.floor(input.page ?? 1));
  const rows = await db.reconciliationRun.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * RUNS_PAGE_SIZE,
    take: RUNS_PAGE_SIZE + 1,
    include: {
      importedBy: { select: { name: true } },
      _count: { select: { items: { where: { status: 'OPEN' } } } },
    },
  });
  return {
    hasMore: rows.length > RUNS_PAGE_SIZE,
    runs: rows.slice(0, RUNS_PAGE_SIZE).map((run) => ({
      id: run.id,
      source: run.source,
      settlementDate: run.settlementDate,
      fileName: run.fileName,
      importedBy: run.importedBy.name,
      createdAt: run.createdAt,
      counts: {
        matched: run.matchedCount,
        differs: run.differCount,
        onlyTheirs: run.onlyTheirsCount,
        onlyOurs: run.onlyOursCount,
      },
      openCount: run._count.items,
    })),
  };
}
