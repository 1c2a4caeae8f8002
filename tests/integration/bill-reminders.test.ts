import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import {
  newestPeriod,
  nextMonthlyCheckAt,
  recheckSoonAt,
  retryCheckAt,
  startOfNextWibMonth,
} from '@/lib/domain/bill-reminders';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import type { Actor } from '@/lib/server/actor';
import { createInquiry } from '@/lib/server/inquiries/create-inquiry';
import { checkBillReminders } from '@/lib/server/jobs/check-bill-reminders';
import { listSavedReferences } from '@/lib/server/saved-references/list-saved-references';
import { setBillReminders } from '@/lib/server/saved-references/set-bill-reminders';
import { seedCatalogueForTests } from '../support/catalogue';
import { idpel, paymentSwitch, verifiedCustomer } from '../support/payments';
import { startSandbox } from '../support/sandbox-process';

// The monthly check of saved bills against the real sandbox's switch: one reminder per new bill,
// none for bills that have no monthly bill or whose reminders are off, and switch trouble that
// only postpones the check.

let sandbox: Awaited<ReturnType<typeof startSandbox>>;

beforeAll(async () => {
  sandbox = await startSandbox();
  await seedCatalogueForTests();
});
// Each test sees only its own saved bills: the job checks every due one in the database.
afterEach(async () => {
  await db.savedReference.updateMany({ data: { remindersEnabled: false } });
});
afterAll(() => sandbox?.stop());

// Today at 15:00 WIB: outside PLN's 23:00-01:00 cut-off, and the same days as the inquiries the
// tests make (a customer's own recent checks count).
const NOW = new Date();
NOW.setUTCHours(8, 0, 0, 0);

/** The sandbox's switch, noting which numbers it was asked about. */
function recordingSwitch(override?: (customerNo: string) => Promise<void> | void) {
  const { billerSwitch: inner } = paymentSwitch(sandbox.url);
  const asked: string[] = [];
  const billerSwitch: BillerSwitch = {
    ...inner,
    inquire: async (request) => {
      asked.push(request.customerNo);
      await override?.(request.customerNo);
      return inner.inquire(request);
    },
  };
  return { billerSwitch, asked };
}

async function savedBill(
  actor: Actor,
  billerCode: string,
  customerNo: string,
  data: { remindersEnabled?: boolean; nextReminderCheckAt?: Date | null } = {},
) {
  const biller = await db.biller.findUniqueOrThrow({ where: { code: billerCode } });
  return db.savedReference.create({
    data: { userId: actor.id, billerId: biller.id, customerNo, label: 'Rumah', ...data },
  });
}

/** What the switch says is owed for a number right now. */
async function currentBill(productCode: string, customerNo: string) {
  const { billerSwitch } = paymentSwitch(sandbox.url);
  const answer = await billerSwitch.inquire({
    refId: `TEST-${customerNo}-${Date.now()}`,
    productCode,
    customerNo,
  });
  if (answer.kind !== 'ok') throw new Error(`no bill for ${customerNo}`);
  const { periods, amount, penalty } = answer.inquiry;
  return { period: newestPeriod(periods)!, total: amount + penalty };
}

const reminderRows = async (savedReferenceId: string) => ({
  notices: await db.notification.findMany({
    where: { dedupeKey: { startsWith: `bill-reminder:${savedReferenceId}:` } },
  }),
  emails: await db.outboxMessage.findMany({
    where: { dedupeKey: { startsWith: `bill-reminder:${savedReferenceId}:` } },
  }),
});

describe('a due saved bill with an unpaid bill', () => {
  it.each([
    ['PLN postpaid', 'PLN_POSTPAID', 'PLNPOST', idpel()],
    ['mobile postpaid (product by operator)', 'MOBILE_POSTPAID', 'HALO', '081234560017'],
  ])(
    '%s: one e-mail and one notice, and nothing more when checked again',
    async (_, code, product, no) => {
      const now = NOW;
      const actor = await verifiedCustomer();
      const saved = await savedBill(actor, code, no);
      const bill = await currentBill(product, no);
      const { billerSwitch, asked } = recordingSwitch();

      expect(await checkBillReminders({ now, billerSwitch })).toEqual({
        checked: 1,
        reminded: 1,
        retried: 0,
      });
      expect(asked).toEqual([no]);
      const { notices, emails } = await reminderRows(saved.id);
      expect(notices).toMatchObject([
        {
          userId: actor.id,
          kind: 'BILL_AVAILABLE',
          href: '/home/saved',
          dedupeKey: `bill-reminder:${saved.id}:${bill.period}`,
        },
      ]);
      expect(JSON.parse(notices[0]!.params)).toMatchObject({
        label: 'Rumah',
        amount: expect.any(String),
      });
      expect(emails).toMatchObject([{ template: 'bill-reminder', recipient: actor.email }]);
      expect(JSON.parse(emails[0]!.payload)).toMatchObject({
        label: 'Rumah',
        period: bill.period,
        amount: bill.total,
        customerNo: `${'•'.repeat(no.length - 4)}${no.slice(-4)}`,
        dueDate: null,
        url: expect.stringMatching(/\/home\/saved$/),
      });
      const after = await db.savedReference.findUniqueOrThrow({ where: { id: saved.id } });
      expect(after).toMatchObject({
        lastSeenPeriod: bill.period,
        lastRemindedPeriod: bill.period,
        nextReminderCheckAt: nextMonthlyCheckAt(saved.id, now),
      });

      // The same moment again: not due, not asked.
      expect(await checkBillReminders({ now, billerSwitch })).toMatchObject({ checked: 0 });
      // Next month, the same bill still unpaid and no newer one: nothing sent, asked again soon.
      const nextMonth = new Date(after.nextReminderCheckAt!.getTime() + 60_000);
      expect(await checkBillReminders({ now: nextMonth, billerSwitch })).toEqual({
        checked: 1,
        reminded: 0,
        retried: 0,
      });
      expect(asked).toEqual([no, no]);
      expect(await reminderRows(saved.id)).toMatchObject({ notices: [{}], emails: [{}] });
      expect(await db.savedReference.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
        lastRemindedPeriod: bill.period,
        nextReminderCheckAt: recheckSoonAt(saved.id, nextMonth),
      });
    },
  );

  it('that the customer already checked in Loket counts as reminded', async () => {
    const now = NOW;
    const actor = await verifiedCustomer();
    const no = idpel();
    await createInquiry({
      actor,
      billerCode: 'PLN_POSTPAID',
      customerNo: no,
      locale: 'id',
      now: NOW,
      billerSwitch: paymentSwitch(sandbox.url).billerSwitch,
    });
    const saved = await savedBill(actor, 'PLN_POSTPAID', no);
    const { period } = await currentBill('PLNPOST', no);
    expect(await checkBillReminders({ now, billerSwitch: recordingSwitch().billerSwitch })).toEqual(
      {
        checked: 1,
        reminded: 0,
        retried: 0,
      },
    );
    expect(await reminderRows(saved.id)).toEqual({ notices: [], emails: [] });
    expect(await db.savedReference.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      lastRemindedPeriod: period,
      nextReminderCheckAt: nextMonthlyCheckAt(saved.id, now),
    });
  });
});

describe('saved bills that are not checked', () => {
  it('one with reminders off is skipped', async () => {
    const now = NOW;
    const actor = await verifiedCustomer();
    const saved = await savedBill(actor, 'PLN_POSTPAID', idpel(), { remindersEnabled: false });
    const { billerSwitch, asked } = recordingSwitch();
    expect(await checkBillReminders({ now, billerSwitch })).toMatchObject({ checked: 0 });
    expect(asked).toEqual([]);
    expect(await db.savedReference.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      nextReminderCheckAt: null,
      lastSeenPeriod: null,
    });
  });

  it('prepaid ones (tokens, credit) and tickets are never asked about', async () => {
    const now = NOW;
    const actor = await verifiedCustomer();
    const token = await savedBill(actor, 'PLN_PREPAID', '14000000011');
    const credit = await savedBill(actor, 'MOBILE_CREDIT', '081234567890');
    const { billerSwitch, asked } = recordingSwitch();
    expect(await checkBillReminders({ now, billerSwitch })).toMatchObject({ checked: 0 });
    expect(asked).toEqual([]);
    for (const { id } of [token, credit]) {
      expect(await db.savedReference.findUniqueOrThrow({ where: { id } })).toMatchObject({
        // Looked at again next month, without a question to the switch.
        nextReminderCheckAt: startOfNextWibMonth(now),
        lastSeenPeriod: null,
      });
      expect(await reminderRows(id)).toEqual({ notices: [], emails: [] });
    }
  });
});

describe('answers without a new bill', () => {
  it.each([
    ['already paid (0054): the next month', '0054', nextMonthlyCheckAt],
    ['not out yet (0060): in a few days', '0060', recheckSoonAt],
    ['unknown number (0000): the next month', '0000', nextMonthlyCheckAt],
  ])('%s', async (_, ending, expected) => {
    const now = NOW;
    const actor = await verifiedCustomer();
    const saved = await savedBill(actor, 'PLN_POSTPAID', idpel(ending));
    expect(await checkBillReminders({ now, billerSwitch: recordingSwitch().billerSwitch })).toEqual(
      { checked: 1, reminded: 0, retried: 0 },
    );
    expect(await db.savedReference.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      nextReminderCheckAt: expected(saved.id, now),
      lastSeenPeriod: null,
      lastRemindedPeriod: null,
    });
    expect(await reminderRows(saved.id)).toEqual({ notices: [], emails: [] });
  });
});

describe('switch trouble', () => {
  it('leaves the bill due later with backoff, and the round goes on with the others', async () => {
    const now = NOW;
    const actor = await verifiedCustomer();
    const broken = await savedBill(actor, 'PLN_POSTPAID', idpel('0096'));
    const crashing = await savedBill(actor, 'PLN_POSTPAID', idpel());
    const fine = await savedBill(actor, 'PLN_POSTPAID', idpel());
    const { billerSwitch, asked } = recordingSwitch((customerNo) => {
      if (customerNo === crashing.customerNo) throw new Error('adapter bug');
    });

    expect(await checkBillReminders({ now, billerSwitch })).toEqual({
      checked: 2,
      reminded: 1,
      retried: 1,
    });
    expect(asked.sort()).toEqual([broken.customerNo, crashing.customerNo, fine.customerNo].sort());
    // Malfunction: asked again after the backoff, nothing recorded or sent.
    expect(await db.savedReference.findUniqueOrThrow({ where: { id: broken.id } })).toMatchObject({
      nextReminderCheckAt: retryCheckAt(broken.id, now),
      lastSeenPeriod: null,
    });
    expect(retryCheckAt(broken.id, now).getTime()).toBeGreaterThan(now.getTime());
    // An error that escaped: still claimed, due again once the claim runs out.
    const stuck = await db.savedReference.findUniqueOrThrow({ where: { id: crashing.id } });
    expect(stuck.nextReminderCheckAt!.getTime()).toBe(now.getTime() + 2 * 60_000);
    expect(await reminderRows(broken.id)).toEqual({ notices: [], emails: [] });
    expect(await reminderRows(crashing.id)).toEqual({ notices: [], emails: [] });
    expect((await reminderRows(fine.id)).emails).toHaveLength(1);

    // Once the switch answers again, the postponed bills get their reminder.
    const retry = recordingSwitch();
    const whenDue = new Date(now.getTime() + 3 * 60_000);
    expect(await checkBillReminders({ now: whenDue, billerSwitch: retry.billerSwitch })).toEqual({
      checked: 1,
      reminded: 1,
      retried: 0,
    });
    expect(retry.asked).toEqual([crashing.customerNo]);
  });

  it('a customer who turns reminders off during the check hears nothing', async () => {
    const now = NOW;
    const actor = await verifiedCustomer();
    const saved = await savedBill(actor, 'PLN_POSTPAID', idpel());
    const { billerSwitch } = recordingSwitch(async () => {
      await setBillReminders({ actor, id: saved.id, enabled: false });
    });
    expect(await checkBillReminders({ now, billerSwitch })).toMatchObject({ reminded: 0 });
    expect(await reminderRows(saved.id)).toEqual({ notices: [], emails: [] });
  });
});

describe('two workers at once', () => {
  it('ask about each saved bill once and send one reminder', async () => {
    const now = NOW;
    const actor = await verifiedCustomer();
    const saved = await Promise.all(
      Array.from({ length: 4 }, () => savedBill(actor, 'PLN_POSTPAID', idpel())),
    );
    const { billerSwitch, asked } = recordingSwitch();
    const reports = await Promise.all([
      checkBillReminders({ now, billerSwitch }),
      checkBillReminders({ now, billerSwitch }),
    ]);
    expect(reports[0]!.reminded + reports[1]!.reminded).toBe(4);
    expect(asked.sort()).toEqual(saved.map((s) => s.customerNo).sort());
    for (const { id } of saved) {
      const { notices, emails } = await reminderRows(id);
      expect([notices.length, emails.length]).toEqual([1, 1]);
    }
  });
});

describe('the reminder switch', () => {
  it('persists per saved bill, for the owner only, and only where reminders exist', async () => {
    const actor = await verifiedCustomer();
    const other = await verifiedCustomer();
    const bill = await savedBill(actor, 'PLN_POSTPAID', idpel());
    const token = await savedBill(actor, 'PLN_PREPAID', '14000000022');

    expect(await setBillReminders({ actor, id: bill.id, enabled: false })).toEqual({
      enabled: false,
    });
    const listed = await listSavedReferences({ actor, locale: 'id' });
    expect(listed.find((s) => s.id === bill.id)?.reminders).toEqual({
      offered: true,
      enabled: false,
    });
    expect(listed.find((s) => s.id === token.id)?.reminders).toEqual({
      offered: false,
      enabled: true,
    });

    await expect(
      setBillReminders({ actor: other, id: bill.id, enabled: true }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', messageKey: 'savedReferenceNotFound' });
    await expect(setBillReminders({ actor, id: token.id, enabled: false })).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'remindersNotOffered',
    });
    await expect(
      setBillReminders({ actor: null, id: bill.id, enabled: true }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await db.savedReference.findUniqueOrThrow({ where: { id: bill.id } })).toMatchObject({
      remindersEnabled: false,
    });
    await setBillReminders({ actor, id: bill.id, enabled: true });
    expect(await db.savedReference.findUniqueOrThrow({ where: { id: bill.id } })).toMatchObject({
      remindersEnabled: true,
    });
  });
});
