import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/server/actor';
import { setBillerStatus } from '@/lib/server/admin/billers/set-biller-status';
import { getBiller } from '@/lib/server/catalogue/get-biller';
import { createCounterInquiry } from '@/lib/server/counter/create-counter-inquiry';
import { payAtCounter } from '@/lib/server/counter/pay-at-counter';
import { createInquiry } from '@/lib/server/inquiries/create-inquiry';
import { startCheckout } from '@/lib/server/payments/start-checkout';
import { depositOf, fundDeposit, openShiftFor, outletWithCashier } from '../support/deposits';
import { createUser } from '../support/factories';
import {
  AFTERNOON,
  idpel,
  startPaymentHarness,
  verifiedCustomer,
  type PaymentHarness,
} from '../support/payments';

// A biller an admin closes (maintenance or disabled) while a bill is already checked: the
// customer's page says so, and neither the online checkout nor the counter takes any money.

let h: PaymentHarness;
let admin: Actor;

beforeAll(async () => {
  h = await startPaymentHarness();
  admin = (await createUser({ role: 'ADMIN' })).actor;
});
afterAll(() => h?.stop());

async function setStatus(status: 'ACTIVE' | 'MAINTENANCE' | 'DISABLED') {
  const biller = await db.biller.findUniqueOrThrow({ where: { code: 'PLN_POSTPAID' } });
  await setBillerStatus({
    actor: admin,
    billerId: biller.id,
    version: biller.version,
    status,
    maintenanceMessageId: status === 'MAINTENANCE' ? 'Pemeliharaan sampai 06.00 WIB.' : '',
    maintenanceMessageEn: status === 'MAINTENANCE' ? 'Maintenance until 06:00 WIB.' : '',
  });
}

describe.each(['MAINTENANCE', 'DISABLED'] as const)('a biller set to %s', (status) => {
  it('after the bill was checked: no charge is opened, the customer is told why', async () => {
    const customer = await verifiedCustomer();
    const { id: transactionId } = await createInquiry({
      actor: customer,
      billerCode: 'PLN_POSTPAID',
      customerNo: idpel(),
      locale: 'id',
      now: AFTERNOON,
      billerSwitch: h.billerSwitch,
    });
    await setStatus(status);
    try {
      expect((await getBiller({ code: 'PLN_POSTPAID', locale: 'id' })).availability).toEqual({
        state: 'maintenance',
        message: status === 'MAINTENANCE' ? 'Pemeliharaan sampai 06.00 WIB.' : null,
      });
      await expect(
        startCheckout({
          actor: customer,
          transactionId,
          channel: 'BCA',
          idempotencyKey: randomUUID(),
          gateway: h.gateway,
          notifyUrl: h.receiver.url,
          now: AFTERNOON,
        }),
      ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'billerMaintenance' });
      const txn = await db.transaction.findUniqueOrThrow({
        where: { id: transactionId },
        include: { charges: true },
      });
      expect(txn.status).toBe('INQUIRED');
      expect(txn.charges).toEqual([]);
    } finally {
      await setStatus('ACTIVE');
    }
  });

  it('after the counter checked the bill: the deposit is not touched', async () => {
    const { outlet, cashier } = await outletWithCashier({ markup: 2_000 });
    await openShiftFor(cashier, outlet.id);
    await fundDeposit(outlet.id, 500_000);
    const inquiry = await createCounterInquiry({
      actor: cashier,
      billerCode: 'PLN_POSTPAID',
      customerNo: idpel(),
      now: AFTERNOON,
      billerSwitch: h.billerSwitch,
    });
    await setStatus(status);
    try {
      await expect(
        payAtCounter({
          actor: cashier,
          transactionId: inquiry.id,
          cashReceived: 1_000_000,
          idempotencyKey: randomUUID(),
          now: AFTERNOON,
          billerSwitch: h.billerSwitch,
        }),
      ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'billerMaintenance' });
      expect((await depositOf(outlet.id)).available).toBe(500_000);
      expect(await db.depositHold.count({ where: { transactionId: inquiry.id } })).toBe(0);
      expect((await db.transaction.findUniqueOrThrow({ where: { id: inquiry.id } })).status).toBe(
        'INQUIRED',
      );
    } finally {
      await setStatus('ACTIVE');
    }
  });
});
