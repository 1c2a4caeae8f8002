import 'server-only';
import { db } from '@/lib/db';
import { isSandboxReachable } from '@/lib/integrations/sandbox/health';

export type Health = {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  sandbox: 'up' | 'down';
  worker: 'up' | 'stale' | 'unknown';
  checkedAt: string;
};

const WORKER_STALE_AFTER_MS = 60_000;

async function databaseState(): Promise<{ up: boolean; workerBeatAt: Date | null }> {
  try {
    const beat = await db.workerHeartbeat.findUnique({ where: { name: 'worker' } });
    return { up: true, workerBeatAt: beat?.beatAt ?? null };
  } catch {
    return { up: false, workerBeatAt: null };
  }
}

export async function checkHealth(now = new Date()): Promise<Health> {
  const [database, sandboxUp] = await Promise.all([databaseState(), isSandboxReachable()]);
  const worker = !database.workerBeatAt
    ? 'unknown'
    : now.getTime() - database.workerBeatAt.getTime() < WORKER_STALE_AFTER_MS
      ? 'up'
      : 'stale';
  return {
    status: database.up && sandboxUp ? 'ok' : 'degraded',
    database: database.up ? 'up' : 'down',
    sandbox: sandboxUp ? 'up' : 'down',
    worker,
    checkedAt: now.toISOString(),
  };
}
