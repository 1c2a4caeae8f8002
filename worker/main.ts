import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { runWorkerTick } from '@/lib/server/jobs/worker-tick';

// The background process: expires, retries and delivers. It loops on a timer; each tick's jobs
// claim their own rows, so more than one worker may run.
let stopping = false;
let timer: NodeJS.Timeout | undefined;

async function tick(): Promise<void> {
  try {
    const report = await runWorkerTick();
    log('debug', 'worker tick', report);
  } catch (error) {
    log('error', 'worker tick failed', { error });
  }
  if (!stopping) timer = setTimeout(tick, env.WORKER_INTERVAL_MS);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    if (timer) clearTimeout(timer);
    log('info', 'worker stopping', { signal });
    process.exit(0);
  });
}

log('info', 'worker started', { intervalMs: env.WORKER_INTERVAL_MS });
void tick();
