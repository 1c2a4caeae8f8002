// When a failed e-mail is tried again: 30 s after the first failure, doubling each time, at most
// an hour apart. With the default 8 attempts the last one comes about an hour after the first.

const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** Delay after the `failedAttempts`-th failed attempt (1 for the first). */
export function retryDelayMs(failedAttempts: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(FIRST_RETRY_MS * 2 ** Math.min(exponent, 30), LONGEST_RETRY_MS);
}
