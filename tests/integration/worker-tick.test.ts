import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { runWorkerTick } from '@/lib/server/jobs/worker-tick';

describe('runWorkerTick', () => {
  it('removes rate-limit buckets whose window is long over, keeps live ones, and beats', async () => {
    const now = new Date('2026-11-24T12:00:00Z');
    await db.rateLimitBucket.createMany({
      data: [
        { key: 'login:ip:old', windowStartedAt: new Date('2026-11-24T09:00:00Z'), hits: 3 },
        { key: 'login:ip:live', windowStartedAt: new Date('2026-11-24T11:55:00Z'), hits: 1 },
      ],
    });
    expect(await runWorkerTick(now)).toMatchObject({ purgedRateLimits: 1, expiredInquiries: 0 });
    expect((await db.rateLimitBucket.findMany()).map((bucket) => bucket.key)).toEqual([
      'login:ip:live',
    ]);
    expect(await db.workerHeartbeat.findUnique({ where: { name: 'worker' } })).toMatchObject({
      beatAt: now,
    });
  });
});
