import { describe, expect, it } from 'vitest';
import { encodeRateLimited, LOGIN_ERROR, parseLoginError } from '@/lib/auth/login-error';

describe('log-in error codes', () => {
  it('round-trips the wait of a rate-limited attempt', () => {
    expect(parseLoginError(encodeRateLimited(12))).toEqual({ kind: 'rateLimited', minutes: 12 });
  });

  it('maps known codes and treats anything else as unknown', () => {
    expect(parseLoginError(LOGIN_ERROR.invalid)).toEqual({ kind: 'invalid' });
    expect(parseLoginError(LOGIN_ERROR.locked)).toEqual({ kind: 'locked' });
    expect(parseLoginError('CredentialsSignin')).toEqual({ kind: 'unknown' });
    expect(parseLoginError(undefined)).toEqual({ kind: 'unknown' });
  });
});
