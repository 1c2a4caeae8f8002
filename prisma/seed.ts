import { db } from '@/lib/db';
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
  const outlet = await db.outlet.findFirst({ where: { ownerId: agent.id } });
  if (outlet) return;
  await db.outlet.create({
    data: {
      ...DEMO_OUTLET,
      ownerId: agent.id,
      members: { create: { userId: agent.id, role: 'OWNER' } },
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
