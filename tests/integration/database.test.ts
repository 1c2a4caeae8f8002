import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';

describe('database connection', () => {
  it('runs with WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
    const pragma = async (name: string) => {
      const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
      return Object.values(rows[0] ?? {})[0];
    };
    expect(await pragma('journal_mode')).toBe('wal');
    expect(Number(await pragma('synchronous'))).toBe(2);
    expect(Number(await pragma('foreign_keys'))).toBe(1);
    expect(Number(await pragma('busy_timeout'))).toBe(10_000);
  });

  it('treats an undefined filter as an error, never as "every row"', async () => {
    const missingId = undefined as unknown as string;
    await expect(db.user.findMany({ where: { id: missingId } })).rejects.toThrow(/undefined/i);
  });

  it('never returns password hashes unless asked by name', async () => {
    await db.user.create({ data: { email: 'hash@contoh.id', name: 'Hash', passwordHash: 'x' } });
    const user = await db.user.findUniqueOrThrow({ where: { email: 'hash@contoh.id' } });
    expect(user).not.toHaveProperty('passwordHash');
  });
});
