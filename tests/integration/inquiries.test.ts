import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createInquiry } from '@/lib/server/inquiries/create-inquiry';
import { getInquiry } from '@/lib/server/inquiries/get-inquiry';
import { selectProduct } from '@/lib/server/inquiries/select-product';
import { expireInquiries } from '@/lib/server/jobs/expire-inquiries';
import { countingSwitch, seedCatalogueForTests } from '../support/catalogue';
import { createUser } from '../support/factories';
import { freePort, startSandbox } from '../support/sandbox-process';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let probe: ReturnType<typeof countingSwitch>;

beforeAll(async () => {
  sandbox = await startSandbox({ env: { SANDBOX_SLOW_MS: '2500' } });
  probe = countingSwitch(sandbox.url);
  await seedCatalogueForTests();
});
afterAll(() => sandbox.stop());

async function customer() {
  return (await createUser()).actor;
}

function inquire(
  actor: Awaited<ReturnType<typeof customer>>,
  billerCode: string,
  customerNo: string,
  now?: Date,
) {
  return createInquiry({
    actor,
    billerCode,
    customerNo,
    locale: 'id',
    billerSwitch: probe.billerSwitch,
    now,
  });
}

// Mid-afternoon in Jakarta: outside PLN's 23:00-01:00 cut-off whatever the test machine's clock.
const afternoon = new Date('2026-11-24T08:00:00Z');

describe('createInquiry', () => {
  it('stores a PLN postpaid bill as INQUIRED for 15 minutes, with totals computed on the server', async () => {
    const actor = await customer();
    const { id } = await inquire(actor, 'PLN_POSTPAID', '5321 0000 0012', afternoon);
    const row = await db.transaction.findUniqueOrThrow({
      where: { id },
      include: { events: true },
    });
    expect(row.status).toBe('INQUIRED');
    expect(row.customerNo).toBe('532100000012');
    expect(row.customerName.length).toBeGreaterThan(0);
    expect(row.billAmount).toBeGreaterThan(0);
    expect(row.penalty).toBeGreaterThan(0);
    expect(row.adminFee).toBe(2_500);
    expect(row.totalAmount).toBe(row.billAmount + row.penalty + row.adminFee);
    expect(row.expiresAt.getTime() - afternoon.getTime()).toBe(15 * 60 * 1000);
    expect(row.events).toMatchObject([
      { fromStatus: null, toStatus: 'INQUIRED', actorType: 'USER', actorId: actor.id },
    ]);
    const view = await getInquiry({ actor, id, locale: 'id', now: afternoon });
    expect(view.periods).toHaveLength(3);
    expect(view.missingVerification).toEqual([
      { step: 'EMAIL' },
      { step: 'IDENTITY', status: 'NONE' },
    ]);
  });

  it('never calls the switch for a number that breaks its rule', async () => {
    const actor = await customer();
    const before = probe.calls.inquire;
    await expect(inquire(actor, 'PLN_POSTPAID', '12345', afternoon)).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { customerNo: [{ key: expect.stringMatching(/^reference\./) }] } },
    });
    await expect(inquire(actor, 'PDAM_BDG', '1234567', afternoon)).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(
      inquire(actor, 'MOBILE_CREDIT', '0800 1234 5678', afternoon),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(probe.calls.inquire).toBe(before);
    expect(await db.transaction.count({ where: { userId: actor.id } })).toBe(0);
  });

  it.each([
    ['532100000000', 'VALIDATION', undefined],
    ['532100000054', 'CONFLICT', 'inquiryAlreadyPaid'],
    ['532100000060', 'CONFLICT', 'inquiryNotAvailableYet'],
    ['532100000090', 'CONFLICT', 'switchCutOff'],
    ['532100000096', 'UNAVAILABLE', 'switchUnavailable'],
    ['532100000500', 'UNAVAILABLE', 'switchUnavailable'],
    ['532100000408', 'UNAVAILABLE', 'switchUnavailable'],
  ])(
    'answers the switch fault of %s clearly and stores nothing',
    async (customerNo, code, messageKey) => {
      const actor = await customer();
      const attempt = inquire(actor, 'PLN_POSTPAID', customerNo, afternoon);
      await expect(attempt).rejects.toMatchObject({ code, ...(messageKey ? { messageKey } : {}) });
      expect(await db.transaction.count({ where: { userId: actor.id } })).toBe(0);
    },
  );

  it('says the switch is unavailable when nothing listens', async () => {
    const actor = await customer();
    const { billerSwitch } = countingSwitch(`http://127.0.0.1:${await freePort()}`);
    await expect(
      createInquiry({
        actor,
        billerCode: 'PDAM_BDG',
        customerNo: '12345678',
        locale: 'id',
        billerSwitch,
      }),
    ).rejects.toMatchObject({ code: 'UNAVAILABLE', messageKey: 'switchUnavailable' });
  });

  it('refuses billers in maintenance or in their cut-off window before calling the switch', async () => {
    const actor = await customer();
    const before = probe.calls.inquire;
    await db.biller.update({ where: { code: 'KAI' }, data: { status: 'MAINTENANCE' } });
    await expect(inquire(actor, 'KAI', 'K7XB2PQ', afternoon)).rejects.toMatchObject({
      messageKey: 'billerMaintenance',
    });
    await db.biller.update({ where: { code: 'KAI' }, data: { status: 'ACTIVE' } });
    const lateNight = new Date('2026-11-24T16:30:00Z'); // 23:30 WIB
    await expect(inquire(actor, 'PLN_PREPAID', '14000000001', lateNight)).rejects.toMatchObject({
      messageKey: 'billerCutOff',
      options: { params: { until: '01:00' } },
    });
    expect(probe.calls.inquire).toBe(before);
  });

  it('limits inquiries per customer', async () => {
    const actor = await customer();
    for (let i = 0; i < 30; i++)
      await inquire(actor, 'PDAM_BDG', `1234${String(1000 + i)}`, afternoon);
    await expect(inquire(actor, 'PDAM_BDG', '12349999', afternoon)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
  });
});

describe('prepaid products', () => {
  it('shows the PLN meter owner first, then prices the chosen token on the server', async () => {
    const actor = await customer();
    const { id } = await inquire(actor, 'PLN_PREPAID', '14000000001', afternoon);
    const view = await getInquiry({ actor, id, locale: 'id', now: afternoon });
    expect(view.customerName.length).toBeGreaterThan(0);
    expect(view.details).toHaveProperty('tariff');
    expect(view.totalAmount).toBe(0);
    expect(view.productOptions.map((p) => p.code)).toEqual([
      'PLNPRE20',
      'PLNPRE50',
      'PLNPRE100',
      'PLNPRE200',
      'PLNPRE500',
      'PLNPRE1000',
    ]);

    await expect(
      selectProduct({ actor, transactionId: id, productCode: 'PLNPRE100', now: afternoon }),
    ).resolves.toEqual({
      totalAmount: 102_500,
    });
    await expect(
      selectProduct({ actor, transactionId: id, productCode: 'TSEL10', now: afternoon }),
    ).rejects.toMatchObject({
      messageKey: 'productNotAvailable',
    });
    const later = new Date(afternoon.getTime() + 16 * 60 * 1000);
    await expect(
      selectProduct({ actor, transactionId: id, productCode: 'PLNPRE50', now: later }),
    ).rejects.toMatchObject({
      messageKey: 'inquiryExpired',
    });
  });

  it('offers only the detected operator’s credit', async () => {
    const actor = await customer();
    const { id } = await inquire(actor, 'MOBILE_CREDIT', '+62 812-3456-7890', afternoon);
    const view = await getInquiry({ actor, id, locale: 'en', now: afternoon });
    expect(view.customerNo).toBe('081234567890');
    expect(view.operator).toBe('TELKOMSEL');
    expect(new Set(view.productOptions.map((p) => p.operator))).toEqual(new Set(['TELKOMSEL']));
    await expect(
      selectProduct({ actor, transactionId: id, productCode: 'XL10', now: afternoon }),
    ).rejects.toMatchObject({
      messageKey: 'productNotAvailable',
    });
    await expect(
      selectProduct({ actor, transactionId: id, productCode: 'TSEL25', now: afternoon }),
    ).resolves.toEqual({
      totalAmount: 26_500,
    });
  });
});

describe('ownership and expiry', () => {
  it("another customer's inquiry does not exist for them", async () => {
    const owner = await customer();
    const stranger = await customer();
    const { id } = await inquire(owner, 'PDAM_SBY', '1234567890', afternoon);
    await expect(getInquiry({ actor: stranger, id, locale: 'id' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      selectProduct({ actor: stranger, transactionId: id, productCode: 'PLNPRE20' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const { actor: agent } = await createUser({ role: 'AGENT' });
    await expect(getInquiry({ actor: agent, id, locale: 'id' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('expires unpaid inquiries after 15 minutes, once, with an event', async () => {
    const actor = await customer();
    const { id } = await inquire(actor, 'TELKOM', '122334455667', afternoon);
    const later = new Date(afternoon.getTime() + 15 * 60 * 1000 + 1);
    const [first, second] = await Promise.all([expireInquiries(later), expireInquiries(later)]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    const row = await db.transaction.findUniqueOrThrow({
      where: { id },
      include: { events: { orderBy: { createdAt: 'asc' } } },
    });
    expect(row.status).toBe('EXPIRED');
    expect(row.events.map((e) => e.toStatus)).toEqual(['INQUIRED', 'EXPIRED']);
  });
});
