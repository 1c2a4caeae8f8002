import 'server-only';
import { db } from '@/lib/db';
import { isUniqueViolation } from './prisma-errors';
import { decideRateLimit, type RateLimitPolicy } from '@/lib/domain/rate-limit';

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one hit against `key`. The write is conditional on the bucket being unchanged since it
 * was read, so concurrent hits on any database (not only SQLite's single writer) cannot both
 * take the last slot; a lost race simply reads again.
 */
export async function consumeRateLimit(
  key: string,
  policy: RateLimitPolicy,
  now = new Date(),
): Promise<RateLimitResult> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const bucket = await db.rateLimitBucket.findUnique({ where: { key } });
    const decision = decideRateLimit(bucket, policy, now);
    if (!decision.allowed) return decision;
    if (!bucket) {
      try {
        await db.rateLimitBucket.create({ data: { key, ...decision.next } });
        return { allowed: true };
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
    }
    const updated = await db.rateLimitBucket.updateMany({
      where: { key, hits: bucket.hits, windowStartedAt: bucket.windowStartedAt },
      data: decision.next,
    });
    if (updated.count === 1) return { allowed: true };
  }
  throw new Error(`Rate limit bucket ${key} kept changing under contention`);
}

export async function resetRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** Buckets whose window ended long ago carry no information; the worker removes them. */
export async function purgeExpiredRateLimits(olderThan: Date): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({
    where: { windowStartedAt: { lt: olderThan } },
  });
  return count;
}
