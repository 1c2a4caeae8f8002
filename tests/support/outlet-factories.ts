import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import { createUser } from './factories';

/** An outlet with its owner (an agent member as OWNER), named uniquely. */
export async function createOutlet(options: { markup?: number } = {}) {
  const owner = await createUser({ role: 'AGENT', name: 'Pemilik Uji' });
  const outlet = await db.outlet.create({
    data: {
      name: `Loket Uji ${randomUUID().slice(0, 6)}`,
      address: 'Jl. Uji No. 1',
      ownerId: owner.user.id,
      markup: options.markup ?? 0,
      members: { create: { userId: owner.user.id, role: 'OWNER' } },
    },
  });
  return { outlet, owner: owner.actor };
}

/** A cashier of the outlet, made directly (the use case has its own tests). */
export async function addCashier(outletId: string, name = 'Kasir Uji') {
  const { user, actor } = await createUser({ role: 'AGENT', name });
  await db.outletMember.create({ data: { outletId, userId: user.id, role: 'CASHIER' } });
  return actor;
}

/** A counter sale written straight into the table, as the payment would leave it. */
export async function insertSale(input: {
  outletId: string;
  shiftId: string;
  userId: string;
  status: TransactionStatus;
  totalAmount: number;
  outletMarkup?: number;
  commission?: number;
  cashReceived?: number | null;
  billerCode?: string;
  createdAt?: Date;
}) {
  const biller = await db.biller.findUniqueOrThrow({
    where: { code: input.billerCode ?? 'PDAM_BDG' },
  });
  const markup = input.outletMarkup ?? 0;
  return db.transaction.create({
    data: {
      userId: input.userId,
      billerId: biller.id,
      status: input.status,
      customerNo: '12345678',
      customerName: 'PELANGGAN UJI',
      inquiryData: JSON.stringify({ details: {}, periods: [] }),
      billAmount: input.totalAmount - biller.adminFee,
      penalty: 0,
      adminFee: biller.adminFee,
      totalAmount: input.totalAmount,
      switchInquiryId: `INQ-${randomUUID()}`,
      expiresAt: new Date(Date.now() + 15 * 60_000),
      outletId: input.outletId,
      shiftId: input.shiftId,
      outletMarkup: markup,
      commission: input.commission ?? 0,
      cashReceived:
        input.cashReceived === undefined ? input.totalAmount + markup : input.cashReceived,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    },
  });
}
