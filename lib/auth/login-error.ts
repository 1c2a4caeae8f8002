// Codes passed from the server's credential check to the log-in form. next-auth forwards an
// Error's message from `authorize` to the browser, so it carries only a code and the wait.
export const LOGIN_ERROR = {
  invalid: 'INVALID_CREDENTIALS',
  locked: 'ACCOUNT_LOCKED',
  rateLimited: 'RATE_LIMITED',
} as const;

export type LoginFailure =
  { kind: 'invalid' | 'locked' | 'unknown' } | { kind: 'rateLimited'; minutes: number };

export function encodeRateLimited(minutes: number): string {
  return `${LOGIN_ERROR.rateLimited}:${minutes}`;
}

export function parseLoginError(code: string | null | undefined): LoginFailure {
  if (code === LOGIN_ERROR.invalid) return { kind: 'invalid' };
  if (code === LOGIN_ERROR.locked) return { kind: 'locked' };
  const match = /^RATE_LIMITED:(\d+)$/.exec(code ?? '');
  if (match) return { kind: 'rateLimited', minutes: Number(match[1]) };
  return { kind: 'unknown' };
}
