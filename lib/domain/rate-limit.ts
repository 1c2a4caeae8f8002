// Fixed-window counting: a key may be hit `limit` times per window; after that it is refused
// until the window ends. Pure, so it can be checked without a clock or a database.

export type RateLimitPolicy = { limit: number; windowSeconds: number };
export type RateLimitBucket = { windowStartedAt: Date; hits: number };

export type RateLimitDecision =
  { allowed: true; next: RateLimitBucket } | { allowed: false; retryAfterSeconds: number };

export function decideRateLimit(
  bucket: RateLimitBucket | null,
  policy: RateLimitPolicy,
  now: Date,
): RateLimitDecision {
  const windowMs = policy.windowSeconds * 1000;
  const windowEnd = bucket ? bucket.windowStartedAt.getTime() + windowMs : 0;
  if (!bucket || now.getTime() >= windowEnd) {
    return { allowed: true, next: { windowStartedAt: now, hits: 1 } };
  }
  if (bucket.hits >= policy.limit) {
    return { allowed: false, retryAfterSeconds: Math.ceil((windowEnd - now.getTime()) / 1000) };
  }
  return {
    allowed: true,
    next: { windowStartedAt: bucket.windowStartedAt, hits: bucket.hits + 1 },
  };
}

/** Whole minutes to tell a person to wait, never "0 minutes". */
export function retryAfterMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}
