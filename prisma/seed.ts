import { db } from '@/lib/db';
import { adjustDeposit } from '@/lib/server/deposits/adjust-deposit';
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
  // An opening deposit of Rp1.000.000, made as an admin would make it (with its reason, ledger
  // posting and audit entry); the fixed key makes it once. Databases seeded before adjustments
  // had their own rows already hold it as a bare posting.
  const postedEarlier = await db.ledgerTransaction.findUnique({
    where: { idempotencyKey: `seed:opening-deposit:${outlet.id}` },
  });
  if (postedEarlier) return;
  const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.admin.email } });
  await adjustDeposit({
    actor: { id: admin.id, role: 'ADMIN', email: admin.email, name: admin.name, locale: 'id' },
    adjustment: {
      outletId: outlet.id,
      direction: 'ADD',
      amount: 1_000_000,
      reason: 'Saldo awal outlet demo',
      idempotencyKey: '5eed0000-0000-4000-8000-000000000001',
    },
  });
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
