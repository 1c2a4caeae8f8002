import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { ReceiptData } from '@/lib/domain/receipt';
import type { Actor } from '@/lib/server/actor';
import {
  DEFAULT_REPRINT_LIMIT,
  REPRINT_LIMIT_SETTING,
} from '@/lib/server/receipts/counter-receipt-access';
import { getCounterReceipt } from '@/lib/server/receipts/get-counter-receipt';
import { recordReceiptPrint } from '@/lib/server/receipts/record-receipt-print';
import { openShift } from '@/lib/server/shifts/open-shift';
import { seedCatalogueForTests } from '../support/catalogue';
import { createUser } from '../support/factories';
import { addCashier, createOutlet, insertSale } from '../support/outlet-factories';

beforeAll(async () => {
  await seedCatalogueForTests();
});

/** A successful counter sale with its receipt, sold by `cashier`. */
async function soldWithReceipt(outletId: string, cashier: Actor) {
  const shift = await openShift({ actor: cashier, openingCash: 0 }).catch(() =>
    db.shift.findUniqueOrThrow({ where: { openKey: cashier.id } }),
  );
  const sale = await insertSale({
    outletId,
    shiftId: shift.id,
    userId: cashier.id,
    status: 'SUCCESS',
    totalAmount: 52_500,
    outletMarkup: 2_000,
  });
  const data: ReceiptData = {
    transactionId: sale.id,
    biller: {
      code: 'PDAM_BDG',
      nameId: 'PDAM',
      nameEn: 'PDAM',
      kind: 'POSTPAID',
      category: 'WATER',
    },
    product: null,
    customerNo: '12345678',
    customerName: 'PELANGGAN UJI',
    operator: null,
    details: {},
    periods: [{ period: '2026-10', amount: 50_000, penalty: 0 }],
    billAmount: 50_000,
    penalty: 0,
    adminFee: 2_500,
    methodFee: 0,
    outletMarkup: 2_000,
    total: 54_500,
    payment: { method: 'CASH', channel: 'COUNTER', cardLast4: null },
    billerRef: 'REF1',
    token: null,
    kwhHundredths: null,
    paidAt: new Date().toISOString(),
  };
  await db.receipt.create({
    data: {
      number: `LKT-2026-${randomUUID().replace(/\D/g, '').padEnd(9, '7').slice(0, 9)}`,
      transactionId: sale.id,
      data: JSON.stringify(data),
      issuedAt: new Date(),
    },
  });
  return sale;
}

describe('recordReceiptPrint', () => {
  it('prints the original once, logged with who printed it', async () => {
    const { outlet } = await createOutlet();
    const cashier = await addCashier(outlet.id);
    const sale = await soldWithReceipt(outlet.id, cashier);
    await expect(
      recordReceiptPrint({ actor: cashier, transactionId: sale.id, kind: 'ORIGINAL' }),
    ).resolves.toEqual({ kind: 'ORIGINAL', reprintsLeft: DEFAULT_REPRINT_LIMIT });
    await expect(
      recordReceiptPrint({ actor: cashier, transactionId: sale.id, kind: 'ORIGINAL' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'receiptAlreadyPrinted' });
    const prints = await db.receiptPrint.findMany({ where: { transactionId: sale.id } });
    expect(prints).toMatchObject([{ kind: 'ORIGINAL', userId: cashier.id }]);
  });

  it('holds reprints to the admin limit, even when fired at once', async () => {
    await db.appSetting.upsert({
      where: { key: REPRINT_LIMIT_SETTING },
      create: { key: REPRINT_LIMIT_SETTING, value: '3' },
      update: { value: '3' },
    });
    try {
      const { outlet, owner } = await createOutlet();
      const cashier = await addCashier(outlet.id);
      const sale = await soldWithReceipt(outlet.id, cashier);
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          recordReceiptPrint({
            actor: i % 2 === 0 ? cashier : owner,
            transactionId: sale.id,
            kind: 'REPRINT',
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      for (const refused of results.filter((r) => r.status === 'rejected')) {
        expect(refused.reason).toMatchObject({
          code: 'CONFLICT',
          messageKey: 'reprintLimitReached',
          options: { params: { limit: 3 } },
        });
      }
      expect(
        await db.receiptPrint.count({ where: { transactionId: sale.id, kind: 'REPRINT' } }),
      ).toBe(3);
      // The customer's copy is its own print, once.
      await recordReceiptPrint({ actor: cashier, transactionId: sale.id, kind: 'CUSTOMER_COPY' });
      await expect(
        recordReceiptPrint({ actor: cashier, transactionId: sale.id, kind: 'CUSTOMER_COPY' }),
      ).rejects.toMatchObject({ messageKey: 'customerCopyPrinted' });
      const view = await getCounterReceipt({ actor: owner, transactionId: sale.id });
      expect(view.prints).toEqual({
        original: false,
        customerCopy: true,
        reprints: 3,
        reprintLimit: 3,
      });
      expect(view.receipt.data.outletMarkup).toBe(2_000);
    } finally {
      await db.appSetting.delete({ where: { key: REPRINT_LIMIT_SETTING } });
    }
  });

  it("keeps other cashiers' and other outlets' receipts out of reach", async () => {
    const { outlet, owner } = await createOutlet();
    const cashier = await addCashier(outlet.id);
    const colleague = await addCashier(outlet.id, 'Kasir Lain');
    const sale = await soldWithReceipt(outlet.id, cashier);
    const { owner: otherOwner } = await createOutlet();
    const { actor: customer } = await createUser();
    for (const actor of [colleague, otherOwner]) {
      await expect(
        recordReceiptPrint({ actor, transactionId: sale.id, kind: 'REPRINT' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(getCounterReceipt({ actor, transactionId: sale.id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    await expect(
      recordReceiptPrint({ actor: customer, transactionId: sale.id, kind: 'REPRINT' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      recordReceiptPrint({ actor: owner, transactionId: sale.id, kind: 'REPRINT' }),
    ).resolves.toMatchObject({ reprintsLeft: DEFAULT_REPRINT_LIMIT - 1 });
    expect(await db.receiptPrint.count({ where: { transactionId: sale.id } })).toBe(1);
  });
});
