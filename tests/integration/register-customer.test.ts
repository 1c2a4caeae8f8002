import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { registerSchema } from '@/lib/domain/account';
import { registerCustomer } from '@/lib/server/accounts/register-customer';
import { AppError } from '@/lib/server/errors';

const registration = (email: string) =>
  registerSchema.parse({ name: 'Dewi Lestari', email, password: 'teh manis hangat sekali' });

describe('registerCustomer', () => {
  it('creates a customer with an argon2id hash, never the password itself', async () => {
    const created = await registerCustomer({
      registration: registration('Dewi@Contoh.id'),
      ipAddress: '10.0.0.1',
    });
    const user = await db.user.findUniqueOrThrow({
      where: { id: created.id },
      omit: { passwordHash: false },
    });
    expect(user.email).toBe('dewi@contoh.id');
    expect(user.role).toBe('CUSTOMER');
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain('teh manis');
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.identityVerifiedAt).toBeNull();
  });

  it('refuses a taken e-mail as a field error and creates nothing', async () => {
    await registerCustomer({
      registration: registration('taken@contoh.id'),
      ipAddress: '10.0.0.2',
    });
    const before = await db.user.count();
    const attempt = registerCustomer({
      registration: registration('TAKEN@contoh.id'),
      ipAddress: '10.0.0.2',
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { email: ['emailTaken'] } },
    });
    expect(await db.user.count()).toBe(before);
  });

  it('creates exactly one account when the same e-mail registers twice at once', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        registerCustomer({ registration: registration('race@contoh.id'), ipAddress: '10.0.0.3' }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((r) => r.status === 'rejected')) {
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    }
    expect(await db.user.count({ where: { email: 'race@contoh.id' } })).toBe(1);
  });

  it('limits registrations per address and says when to try again', async () => {
    for (let i = 0; i < 10; i++) {
      await registerCustomer({
        registration: registration(`flood-${i}@contoh.id`),
        ipAddress: '10.0.0.4',
      });
    }
    await expect(
      registerCustomer({ registration: registration('flood-x@contoh.id'), ipAddress: '10.0.0.4' }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED', options: { params: { minutes: 60 } } });
    expect(await db.user.count({ where: { email: 'flood-x@contoh.id' } })).toBe(0);
  });
});
