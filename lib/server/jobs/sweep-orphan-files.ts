import 'server-only';
import { db } from '@/lib/db';
import { fileStore, type FileStore } from '@/lib/integrations/file-store';
import { log } from '@/lib/log';
import { isUniqueViolation } from '../prisma-errors';

// A photo is stored before the row that names it is written (the upload is checked and sealed
// first, outside the DB transaction). If the process dies in between, or the row is refused,
// the sealed file would stay forever: this sweep removes files no row names. Only files older
// than a day are looked at, so an upload still on its way to its row is never touched.
const MIN_AGE_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;
// Listing a folder tree is not free: once an hour is plenty for files that wait a day.
const EVERY_MS = 60 * 60 * 1000;
const SWEEP_NAME = 'file-sweep';

/** The keys of `keys` that some row still names. */
async function referencedKeys(keys: string[]): Promise<Set<string>> {
  const [submissions, topUps] = await Promise.all([
    db.identitySubmission.findMany({
      where: { OR: [{ ktpImageKey: { in: keys } }, { selfieImageKey: { in: keys } }] },
      select: { ktpImageKey: true, selfieImageKey: true },
    }),
    db.depositTopUp.findMany({
      where: { proofImageKey: { in: keys } },
      select: { proofImageKey: true },
    }),
  ]);
  return new Set([
    ...submissions.flatMap((row) => [row.ktpImageKey, row.selfieImageKey]),
    ...topUps.flatMap((row) => (row.proofImageKey ? [row.proofImageKey] : [])),
  ]);
}

/** Removes stored files older than a day that no row names; how many it removed. */
export async function sweepOrphanFiles(
  input: { now?: Date; store?: FileStore } = {},
): Promise<number> {
  const now = input.now ?? new Date();
  const store = input.store ?? fileStore();
  let removed = 0;
  let batch: string[] = [];
  const flush = async () => {
    const named = await referencedKeys(batch);
    for (const key of batch) {
      if (named.has(key)) continue;
      await store.delete(key);
      removed++;
    }
    batch = [];
  };
  for await (const key of store.listOlderThan(new Date(now.getTime() - MIN_AGE_MS))) {
    batch.push(key);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  if (removed > 0) log('warn', 'removed stored files no row names', { removed });
  return removed;
}

/**
 * The sweep at most once an hour across all workers: the first to move the sweep's mark past
 * the hour runs it, any other finds the mark moved and skips. Null when skipped.
 */
export async function sweepOrphanFilesHourly(now: Date): Promise<number | null> {
  const since = new Date(now.getTime() - EVERY_MS);
  const mark = { beatAt: now, lastTick: '{}' };
  const existing = await db.workerHeartbeat.findUnique({ where: { name: SWEEP_NAME } });
  if (!existing) {
    const created = await db.workerHeartbeat
      .create({ data: { name: SWEEP_NAME, ...mark } })
      .then(() => true)
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) return false;
        throw error;
      });
    if (!created) return null;
  } else {
    const { count } = await db.workerHeartbeat.updateMany({
      where: { name: SWEEP_NAME, beatAt: { lte: since } },
      data: mark,
    });
    if (count === 0) return null;
  }
  const removed = await sweepOrphanFiles({ now });
  await db.workerHeartbeat.update({
    where: { name: SWEEP_NAME },
    data: { lastTick: JSON.stringify({ removed }) },
  });
  return removed;
}
