import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authenticate } from '@/lib/server/accounts/authenticate';
import * as passwords from '@/lib/server/passwords';
import { createUser, TEST_PASSWORD } from '../support/factories';

// A pass-through spy: the real argon2 runs; the test only counts how often it was asked.
vi.mock('@/lib/server/passwords', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/server/passwords')>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});
const verifyPassword = vi.mocked(passwords.verifyPassword);

let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}`;

beforeEach(() => {
  verifyPassword.mockClear();
});

describe('authenticate', () => {
  it('accepts the right password and returns the session facts', async () => {
    const { user } = await createUser({ role: 'AGENT' });
    const result = await authenticate({
      credentials: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
      ipAddress: freshIp(),
    });
    expect(result).toEqual({ ok: true, user: { id: user.id, role: 'AGENT', sessionVersion: 1 } });
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const { user } = await createUser();
    const wrong = await authenticate({
      credentials: { email: user.email, password: 'salah sekali' },
      ipAddress: freshIp(),
    });
    const unknown = await authenticate({
      credentials: { email: 'tidak-ada@contoh.id', password: TEST_PASSWORD },
      ipAddress: freshIp(),
    });
    expect(wrong).toEqual({ ok: false, reason: 'INVALID' });
    expect(unknown).toEqual({ ok: false, reason: 'INVALID' });
    expect(verifyPassword).toHaveBeenCalledTimes(2);
  });

  it('refuses a locked account only after the right password', async () => {
    const { db } = await import('@/lib/db');
    const { user } = await createUser();
    await db.user.update({ where: { id: user.id }, data: { lockedAt: new Date() } });
    const ip = freshIp();
    expect(
      await authenticate({
        credentials: { email: user.email, password: 'salah sekali' },
        ipAddress: ip,
      }),
    ).toEqual({
      ok: false,
      reason: 'INVALID',
    });
    expect(
      await authenticate({
        credentials: { email: user.email, password: TEST_PASSWORD },
        ipAddress: ip,
      }),
    ).toEqual({
      ok: false,
      reason: 'LOCKED',
    });
  });

  it('stops an account after 5 attempts, before hashing, even with the right password', async () => {
    const { user } = await createUser();
    for (let i = 0; i < 5; i++) {
      await authenticate({
        credentials: { email: user.email, password: `tebakan ke-${i}` },
        ipAddress: freshIp(),
      });
    }
    verifyPassword.mockClear();
    const result = await authenticate({
      credentials: { email: user.email, password: TEST_PASSWORD },
      ipAddress: freshIp(),
    });
    expect(result).toEqual({ ok: false, reason: 'RATE_LIMITED', retryAfterMinutes: 15 });
    expect(verifyPassword).not.toHaveBeenCalled();
  });

  it('stops one address after 30 attempts across many accounts', async () => {
    const ip = freshIp();
    for (let i = 0; i < 30; i++) {
      await authenticate({
        credentials: { email: `orang-${i}@contoh.id`, password: 'apa saja' },
        ipAddress: ip,
      });
    }
    verifyPassword.mockClear();
    const result = await authenticate({
      credentials: { email: 'lain@contoh.id', password: 'apa saja' },
      ipAddress: ip,
    });
    expect(result).toMatchObject({ ok: false, reason: 'RATE_LIMITED' });
    expect(verifyPassword).not.toHaveBeenCalled();
  });

  it('lets exactly 5 of 20 simultaneous guesses reach the password check', async () => {
    const { user } = await createUser();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        authenticate({
          credentials: { email: user.email, password: `serentak ${i}` },
          ipAddress: freshIp(),
        }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'INVALID')).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === 'RATE_LIMITED')).toHaveLength(15);
    expect(verifyPassword).toHaveBeenCalledTimes(5);
  });

  it('a successful log-in clears the account counter', async () => {
    const { user } = await createUser();
    for (let i = 0; i < 4; i++) {
      await authenticate({
        credentials: { email: user.email, password: `keliru ${i}` },
        ipAddress: freshIp(),
      });
    }
    expect(
      await authenticate({
        credentials: { email: user.email, password: TEST_PASSWORD },
        ipAddress: freshIp(),
      }),
    ).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) {
      await authenticate({
        credentials: { email: user.email, password: `keliru lagi ${i}` },
        ipAddress: freshIp(),
      });
    }
    expect(
      await authenticate({
        credentials: { email: user.email, password: TEST_PASSWORD },
        ipAddress: freshIp(),
      }),
    ).toMatchObject({ ok: true });
  });
});
