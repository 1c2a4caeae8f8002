import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { depositBalances } from '@/lib/server/deposits/deposit-balances';
import { verifyPassword } from '@/lib/server/passwords';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/prisma/demo-accounts';

const root = path.resolve(__dirname, '../..');
const runSeed = () =>
  execFileSync('npm', ['run', '--silent', 'db:seed'], {
    cwd: root,
    env: process.env,
    stdio: 'pipe',
  });

describe('demo seed', () => {
  it('creates the documented accounts once, however often it runs', async () => {
    runSeed();
    runSeed();
    const emails = Object.values(DEMO_ACCOUNTS).map((account) => account.email);
    const users = await db.user.findMany({
      where: { email: { in: emails } },
      omit: { passwordHash: false },
    });
    expect(users).toHaveLength(5);
    for (const user of users)
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);

    const byEmail = new Map(users.map((user) => [user.email, user]));
    expect(byEmail.get(DEMO_ACCOUNTS.customer.email)?.identityVerifiedAt).not.toBeNull();
    expect(byEmail.get(DEMO_ACCOUNTS.newCustomer.email)?.identityVerifiedAt).toBeNull();
    expect(byEmail.get(DEMO_ACCOUNTS.newCustomer.email)?.emailVerifiedAt).toBeNull();
    expect(byEmail.get(DEMO_ACCOUNTS.admin.email)?.role).toBe('ADMIN');
    // One KTP submission waits for review, however often the seed runs.
    const inReview = byEmail.get(DEMO_ACCOUNTS.inReview.email);
    expect(inReview?.identityStatus).toBe('PENDING');
    expect(
      await db.identitySubmission.findMany({
        where: { userId: inReview?.id },
        select: { status: true, nikMasked: true },
      }),
    ).toEqual([{ status: 'PENDING', nikMasked: '3471********0003' }]);
    const agent = byEmail.get(DEMO_ACCOUNTS.agent.email);
    expect(await db.outlet.count({ where: { ownerId: agent?.id } })).toBe(1);
    // The demo outlet opens with Rp1.000.000 on its deposit, posted once, and Rp2.000 biaya loket.
    const outlet = await db.outlet.findFirstOrThrow({ where: { ownerId: agent?.id } });
    expect(outlet.markup).toBe(2_000);
    expect(await depositBalances(outlet.id)).toEqual({ available: 1_000_000, held: 0 });
    // Made as an admin adjustment, so the owner's statement gives its reason.
    expect(
      await db.depositAdjustment.findMany({
        where: { outletId: outlet.id },
        select: { amount: true, reason: true },
      }),
    ).toEqual([{ amount: 1_000_000, reason: 'Saldo awal outlet demo' }]);
    expect(await db.biller.findUniqueOrThrow({ where: { code: 'PLN_POSTPAID' } })).toMatchObject({
      adminFee: 2_500,
      agentCommission: 1_000,
      maxOutletMarkup: 3_000,
    });
  }, 60_000);
});
