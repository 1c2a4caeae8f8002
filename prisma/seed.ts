import { db } from '@/lib/db';
import { DEPOSIT_LEDGER_KINDS } from '@/lib/domain/deposit';
import { depositAdjustmentPostings } from '@/lib/domain/ledger';
import { postLedgerTransaction } from '@/lib/server/ledger/post-ledger-transaction';
import { hashPassword } from '@/lib/server/passwords';
import { DEMO_ACCOUNTS, DEMO_OUTLET, DEMO_PASSWORD } from './demo-accounts';
import { seedCatalogue, seedOperatorPrefixes } from './seed-catalogue';
import { seedIdentityInReview } from './seed-identity';

// Idempotent: running it again changes nothing that is already there.
async function seedDemoAccounts() {
  const verifiedAt = new Date('2026-01-05T02:00:00.000Z');
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    const existing = await db.user.findUnique({ where: { email: account.email } });
    if (existing) continue;
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        emailVerifiedAt: account.verified ? verifiedAt : null,
        ...(account.verified === true && account.role === 'CUSTOMER'
          ? { identityVerifiedAt: verifiedAt, identityStatus: 'APPROVED' }
          : {}),
      },
    });
  }
}

async function seedDemoOutlet() {
  const agent = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.agent.email } });
  const existing = await db.outlet.findFirst({ where: { ownerId: agent.id } });
  const outlet =
    existing ??
    (await db.outlet.create({
      data: {
        ...DEMO_OUTLET,
        markup: 2_000,
        ownerId: agent.id,
        members: { create: { userId: agent.id, role: 'OWNER' } },
      },
    }));
  // An opening deposit of Rp1.000.000 through the ledger; its key posts it once.
  await db.$transaction((tx) =>
    postLedgerTransaction(tx, {
      idempotencyKey: `seed:opening-deposit:${outlet.id}`,
      kind: DEPOSIT_LEDGER_KINDS.adjustment,
      description: 'opening deposit of the demo outlet',
      postings: depositAdjustmentPostings({ outletId: outlet.id, amount: 1_000_000 }),
    }),
  );
}

async function main() {
  await seedDemoAccounts();
  await seedDemoOutlet();
  await seedCatalogue();
  await seedOperatorPrefixes();
  await seedIdentityInReview();
  console.log('Seeded demo data.');
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
