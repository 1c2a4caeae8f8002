import { describe, expect, it } from 'vitest';
import { decideRateLimit, retryAfterMinutes } from '@/lib/domain/rate-limit';

const policy = { limit: 3, windowSeconds: 600 };
const start = new Date('2026-11-24T10:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe('decideRateLimit', () => {
  it('opens a window on the first hit', () => {
    expect(decideRateLimit(null, policy, start)).toEqual({
      allowed: true,
      next: { windowStartedAt: start, hits: 1 },
    });
  });

  it('allows up to the limit inside a window, then refuses until it ends', () => {
    const bucket = { windowStartedAt: start, hits: 2 };
    expect(decideRateLimit(bucket, policy, at(10))).toEqual({
      allowed: true,
      next: { windowStartedAt: start, hits: 3 },
    });
    expect(decideRateLimit({ windowStartedAt: start, hits: 3 }, policy, at(60))).toEqual({
      allowed: false,
      retryAfterSeconds: 540,
    });
  });

  it('starts over once the window has passed', () => {
    const full = { windowStartedAt: start, hits: 3 };
    expect(decideRateLimit(full, policy, at(600))).toEqual({
      allowed: true,
      next: { windowStartedAt: at(600), hits: 1 },
    });
  });
});

describe('retryAfterMinutes', () => {
  it('rounds up and never says zero', () => {
    expect(retryAfterMinutes(1)).toBe(1);
    expect(retryAfterMinutes(60)).toBe(1);
    expect(retryAfterMinutes(61)).toBe(2);
    expect(retryAfterMinutes(0)).toBe(1);
  });
});
