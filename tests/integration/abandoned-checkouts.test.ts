import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { expireAbandonedCheckouts } from '@/lib/server/jobs/expire-abandoned-checkouts';
import { seedCatalogueForTests } from '../support/catalogue';
import { createUser } from '../support/factories';

beforeAll(seedCatalogueForTests);

const now = new Date('2026-11-24T08:00:00Z');

async function checkout(expiresAt: Date, chargeStatus?: string) {
  const { user } = await createUser();
  const biller = await db.biller.findUniqueOrThrow({ where: { code: 'PDAM_BDG' } });
  const txn = await db.transaction.create({
    data: {
      userId: user.id,
      billerId: biller.id,
      status: 'AWAITING_PAYMENT',
      customerNo: '12345678',
      customerName: 'UJI',
      inquiryData: '{"details":{},"periods":[]}',
      billAmount: 50_000,
      penalty: 0,
      adminFee: 2_500,
      totalAmount: 52_500,
      switchInquiryId: `INQ-${user.id}`,
      expiresAt,
    },
  });
  if (chargeStatus) {
    await db.paymentCharge.create({
      data: {
        transactionId: txn.id,
        gatewayChargeId: `ch-${txn.id}`,
        method: 'VA',
        channel: 'BCA',
        amount: 56_500,
        currency: 'IDR',
        status: chargeStatus,
        expiresAt,
      },
    });
  }
  return txn.id;
}

const statusOf = async (id: string) =>
  (await db.transaction.findUniqueOrThrow({ where: { id } })).status;

describe('expireAbandonedCheckouts', () => {
  it('closes checkouts that never got money, long after their window', async () => {
    const noCharge = await checkout(new Date(now.getTime() - 10 * 60 * 1000));
    const expiredCharge = await checkout(new Date(now.getTime() - 10 * 60 * 1000), 'EXPIRED');
    const recent = await checkout(new Date(now.getTime() - 60 * 1000));
    const stillPending = await checkout(new Date(now.getTime() - 10 * 60 * 1000), 'PENDING');
    const paid = await checkout(new Date(now.getTime() - 10 * 60 * 1000), 'PAID');

    expect(await expireAbandonedCheckouts(now)).toBe(2);
    expect(await statusOf(noCharge)).toBe('EXPIRED');
    expect(await statusOf(expiredCharge)).toBe('EXPIRED');
    expect(await statusOf(recent)).toBe('AWAITING_PAYMENT');
    expect(await statusOf(stillPending)).toBe('AWAITING_PAYMENT');
    expect(await statusOf(paid)).toBe('AWAITING_PAYMENT');
    expect(await expireAbandonedCheckouts(now)).toBe(0);
  });
});
