import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/server/actor';
import { blockReference, unblockReference } from '@/lib/server/admin/fraud/blocklist';
import { listFraudRules, updateFraudRule } from '@/lib/server/admin/fraud/fraud-rules';
import { listHolds } from '@/lib/server/admin/fraud/list-holds';
import { rejectHold } from '@/lib/server/admin/fraud/reject-hold';
import { releaseHold } from '@/lib/server/admin/fraud/release-hold';
import { AppError } from '@/lib/server/errors';
import { sendRefunds } from '@/lib/server/jobs/send-refunds';
import { settlePayments } from '@/lib/server/jobs/settle-payments';
import { createUser } from '../support/factories';
import {
  checkout,
  expectLedgerBalanced,
  idpel,
  startPaymentHarness,
  statusPath,
  transactionOf,
  verifiedCustomer,
  waitForStatus,
  type PaymentHarness,
} from '../support/payments';

// Fraud rules against real payments (the sandbox gateway and biller): a transaction over a daily
// limit is held when its money arrives and the biller is not paid until an admin releases it; a
// rejected one is refunded; a blocked reference is refused before anything is charged.

let h: PaymentHarness;
let admin: Actor;
let otherAdmin: Actor;

beforeAll(async () => {
  h = await startPaymentHarness();
  admin = (await createUser({ role: 'ADMIN', name: 'Admin Satu' })).actor;
  otherAdmin = (await createUser({ role: 'ADMIN', name: 'Admin Dua' })).actor;
});
afterEach(async () => {
  await h.quiesce();
  expect(h.receiver.errors).toEqual([]);
});
afterAll(() => h?.stop());

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const noticesOf = (userId: string, transactionId: string) =>
  db.notification.findMany({
    where: { userId, href: `/home/payments/${transactionId}` },
    orderBy: { createdAt: 'asc' },
  });
const emailsAbout = (transactionId: string) =>
  db.outboxMessage.findMany({
    where: { dedupeKey: { endsWith: transactionId } },
    orderBy: { createdAt: 'asc' },
  });

const audits = (action: string) =>
  db.auditEntry.findMany({ where: { action }, orderBy: { createdAt: 'asc' } });

/** One online payment of a fresh PLN bill by `customer`, paid by VA; waits for where it lands. */
async function pay(customer: Actor) {
  const { transactionId, charge } = await checkout(h, { actor: customer, customerNo: idpel() });
  await h.payCharge(charge.gatewayChargeId);
  const txn = await waitForStatus(transactionId, ['SUCCESS', 'ON_HOLD']);
  await h.quiesce(transactionId);
  return { transactionId, charge, status: txn.status };
}

describe('rules', () => {
  it('are saved with the version the admin saw: a stale save is refused, each save audited', async () => {
    const before = await listFraudRules({ actor: admin });
    expect(before.map((rule) => rule.kind)).toEqual([
      'CUSTOMER_DAILY_COUNT',
      'CUSTOMER_DAILY_AMOUNT',
      'REFERENCE_DAILY_COUNT',
      'CARD_DAILY_COUNT',
    ]);
    expect(before.every((rule) => !rule.active && rule.version === 0)).toBe(true);

    const saved = await updateFraudRule({
      actor: admin,
      kind: 'CUSTOMER_DAILY_COUNT',
      limit: 2,
      active: true,
      version: 0,
    });
    expect(saved).toMatchObject({ limit: 2, active: true, version: 1 });
    const stale = await refusal(
      updateFraudRule({
        actor: otherAdmin,
        kind: 'CUSTOMER_DAILY_COUNT',
        limit: 50,
        active: true,
        version: 0,
      }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', messageKey: 'staleEdit' });
    expect(
      await db.fraudRule.findUniqueOrThrow({ where: { kind: 'CUSTOMER_DAILY_COUNT' } }),
    ).toMatchObject({ limit: 2, version: 1 });

    const bad = await refusal(
      updateFraudRule({
        actor: admin,
        kind: 'CUSTOMER_DAILY_COUNT',
        limit: -1,
        active: true,
        version: 1,
      }),
    );
    expect(bad.code).toBe('VALIDATION');
    expect(await audits('fraudRule.update')).toMatchObject([
      { actorId: admin.id, targetId: 'CUSTOMER_DAILY_COUNT' },
    ]);
  });

  it('and every fraud action are for admins only', async () => {
    const customer = await verifiedCustomer();
    const agent = (await createUser({ role: 'AGENT' })).actor;
    for (const actor of [customer, agent, null]) {
      const refusals = await Promise.all([
        refusal(listFraudRules({ actor })),
        refusal(
          updateFraudRule({ actor, kind: 'CARD_DAILY_COUNT', limit: 1, active: true, version: 0 }),
        ),
        refusal(blockReference({ actor, billerId: '', customerNo: '530000000001', reason: 'uji' })),
        refusal(unblockReference({ actor, id: 'x' })),
        refusal(listHolds({ actor })),
        refusal(releaseHold({ actor, holdId: 'x', note: '' })),
        refusal(rejectHold({ actor, holdId: 'x', note: 'tidak boleh' })),
      ]);
      for (const error of refusals) {
        expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(error.code);
      }
    }
    expect(await db.fraudRule.count({ where: { kind: 'CARD_DAILY_COUNT' } })).toBe(0);
  });
});

describe('a customer over the daily count', () => {
  let customer: Actor;
  beforeAll(async () => {
    customer = await verifiedCustomer();
  });

  it('is held when the money arrives: the biller is not paid, not even by the worker; one release pays it once', async () => {
    expect((await pay(customer)).status).toBe('SUCCESS');
    expect((await pay(customer)).status).toBe('SUCCESS');
    const { transactionId } = await pay(customer);

    const held = await transactionOf(transactionId);
    expect(held.status).toBe('ON_HOLD');
    expect(await statusPath(transactionId)).toEqual([
      'INQUIRED',
      'AWAITING_PAYMENT',
      'PAID',
      'ON_HOLD',
    ]);
    const hold = await db.fraudHold.findUniqueOrThrow({ where: { transactionId } });
    expect(hold.status).toBe('HELD');
    expect(JSON.parse(hold.reasons)).toEqual([
      { kind: 'CUSTOMER_DAILY_COUNT', limit: 2, actual: 3 },
    ]);
    expect(await h.billerRecord(transactionId)).toBeNull();
    // The customer hears it is being checked (never why), in the app and by e-mail, once.
    expect(await noticesOf(customer.id, transactionId)).toMatchObject([
      { kind: 'PAYMENT_HELD', dedupeKey: `payment-held:${transactionId}` },
    ]);
    expect(await emailsAbout(transactionId)).toMatchObject([{ template: 'payment-held' }]);

    await settlePayments({ now: new Date(Date.now() + 3_600_000), billerSwitch: h.billerSwitch });
    expect((await transactionOf(transactionId)).status).toBe('ON_HOLD');
    expect(await h.billerRecord(transactionId)).toBeNull();

    const queue = await listHolds({ actor: admin });
    expect(queue).toContainEqual(
      expect.objectContaining({
        id: hold.id,
        transactionId,
        reasons: [{ kind: 'CUSTOMER_DAILY_COUNT', limit: 2, actual: 3 }],
      }),
    );

    const results = await Promise.allSettled([
      releaseHold({
        actor: admin,
        holdId: hold.id,
        note: 'Pelanggan dikenal',
        billerSwitch: h.billerSwitch,
      }),
      releaseHold({ actor: otherAdmin, holdId: hold.id, note: '', billerSwitch: h.billerSwitch }),
    ]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'fraudHoldDecided',
    });
    expect((await transactionOf(transactionId)).status).toBe('SUCCESS');
    expect(await h.billerRecord(transactionId)).toMatchObject({ status: 'success', timesPaid: 1 });
    expect(await db.fraudHold.findUniqueOrThrow({ where: { id: hold.id } })).toMatchObject({
      status: 'RELEASED',
    });
    const releases = (await audits('fraudHold.release')).filter(
      (a) => a.targetId === transactionId,
    );
    expect(releases).toHaveLength(1);
    expect(await listHolds({ actor: admin })).not.toContainEqual(
      expect.objectContaining({ id: hold.id }),
    );
    await expectLedgerBalanced();
  });

  it('rejected after review: the money goes back through the refund the worker sends', async () => {
    const { transactionId, charge } = await pay(customer);
    expect((await transactionOf(transactionId)).status).toBe('ON_HOLD');
    const hold = await db.fraudHold.findUniqueOrThrow({ where: { transactionId } });

    const noNote = await refusal(rejectHold({ actor: admin, holdId: hold.id, note: ' ' }));
    expect(noNote.code).toBe('VALIDATION');
    expect((await transactionOf(transactionId)).status).toBe('ON_HOLD');

    const result = await rejectHold({
      actor: admin,
      holdId: hold.id,
      note: 'Pola pembayaran tidak wajar',
    });
    expect(result).toEqual({ transactionId, refunded: charge.amount });
    const again = await refusal(
      rejectHold({ actor: otherAdmin, holdId: hold.id, note: 'lagi dong' }),
    );
    expect(again.messageKey).toBe('fraudHoldDecided');

    expect((await noticesOf(customer.id, transactionId)).map((n) => n.kind)).toEqual([
      'PAYMENT_HELD',
      'PAYMENT_NOT_APPROVED',
    ]);
    const [, notApproved] = await emailsAbout(transactionId);
    expect(notApproved).toMatchObject({ template: 'payment-not-approved' });
    expect(JSON.parse(notApproved!.payload)).toMatchObject({ amount: charge.amount });

    const failed = await transactionOf(transactionId);
    expect(failed.status).toBe('FAILED');
    expect(failed.refunds).toMatchObject([{ amount: charge.amount, status: 'PENDING' }]);
    expect(await sendRefunds({ gateway: h.gateway })).toBe(1);
    await waitForStatus(transactionId, 'REFUNDED');
    expect(await h.billerRecord(transactionId)).toBeNull();
    const refunded = await db.notification.findFirstOrThrow({
      where: {
        userId: customer.id,
        kind: 'PAYMENT_REFUNDED',
        href: `/home/payments/${transactionId}`,
      },
    });
    expect(JSON.parse(refunded.params)).toMatchObject({ cause: 'NOT_APPROVED' });
    expect(await audits('fraudHold.reject')).toMatchObject([
      { actorId: admin.id, targetId: transactionId },
    ]);
    await expectLedgerBalanced();
  });
});

describe('the daily count per card', () => {
  afterAll(async () => {
    const rule = await db.fraudRule.findUniqueOrThrow({ where: { kind: 'CARD_DAILY_COUNT' } });
    await updateFraudRule({
      actor: admin,
      kind: 'CARD_DAILY_COUNT',
      limit: 1,
      active: false,
      version: rule.version,
    });
  });

  /** Paid with the sandbox's approving Visa test card, the same card every time. */
  async function payByVisa(customer: Actor) {
    const { transactionId, charge } = await checkout(h, {
      actor: customer,
      customerNo: idpel(),
      channel: 'CARD',
    });
    await h.payCharge(charge.gatewayChargeId);
    const txn = await waitForStatus(transactionId, ['SUCCESS', 'ON_HOLD']);
    await h.quiesce(transactionId);
    return txn;
  }

  it('knows the card by its fingerprint: the same card for two customers is held, another card with the same ending is not', async () => {
    await updateFraudRule({
      actor: admin,
      kind: 'CARD_DAILY_COUNT',
      limit: 1,
      active: true,
      version: 0,
    });

    const first = await payByVisa(await verifiedCustomer());
    expect(first.status).toBe('SUCCESS');
    const [firstCharge] = first.charges;
    expect(firstCharge).toMatchObject({
      cardBrand: 'VISA',
      cardLast4: '1114',
      cardFingerprint: expect.stringMatching(/^fp_[0-9a-f]{32}$/),
    });

    const second = await payByVisa(await verifiedCustomer());
    expect(second.status).toBe('ON_HOLD');
    const hold = await db.fraudHold.findUniqueOrThrow({ where: { transactionId: second.id } });
    expect(JSON.parse(hold.reasons)).toEqual([{ kind: 'CARD_DAILY_COUNT', limit: 1, actual: 2 }]);
    await rejectHold({ actor: admin, holdId: hold.id, note: 'Kartu dipakai banyak akun' });

    // Earlier payments today now read as another Visa ending in 1114: a different card.
    await db.paymentCharge.updateMany({
      where: { cardFingerprint: firstCharge!.cardFingerprint },
      data: { cardFingerprint: 'fp_another_card_same_ending' },
    });
    expect((await payByVisa(await verifiedCustomer())).status).toBe('SUCCESS');
  });
});

describe('the blocklist', () => {
  it('refuses a blocked reference at checkout with nothing charged; removed, it pays again', async () => {
    const customer = await verifiedCustomer();
    const customerNo = idpel();
    const biller = await db.biller.findUniqueOrThrow({ where: { code: 'PLN_POSTPAID' } });
    const { id } = await blockReference({
      actor: admin,
      billerId: biller.id,
      customerNo,
      reason: 'Dilaporkan sebagai penipuan',
    });
    const duplicate = await refusal(
      blockReference({ actor: otherAdmin, billerId: biller.id, customerNo, reason: 'lagi' }),
    );
    expect(duplicate.messageKey).toBe('referenceAlreadyBlocked');

    const refused = await refusal(checkout(h, { actor: customer, customerNo }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', messageKey: 'referenceBlocked' });
    const attempt = await db.transaction.findFirstOrThrow({
      where: { userId: customer.id, customerNo },
      include: { charges: true },
    });
    expect(attempt.status).toBe('INQUIRED');
    expect(attempt.charges).toEqual([]);

    await unblockReference({ actor: admin, id });
    const { transactionId, charge } = await checkout(h, { actor: customer, customerNo });
    await h.payCharge(charge.gatewayChargeId);
    await waitForStatus(transactionId, 'SUCCESS');

    expect((await audits('blockedReference.add')).map((a) => a.targetId)).toEqual([id]);
    expect((await audits('blockedReference.remove')).map((a) => a.targetId)).toEqual([id]);
  });

  it('blocked at every biller, and blocked after checkout: the payment is held, not paid', async () => {
    const customer = await verifiedCustomer();
    const customerNo = idpel();
    const { transactionId, charge } = await checkout(h, { actor: customer, customerNo });
    await blockReference({ actor: admin, billerId: '', customerNo, reason: 'Semua biller' });
    await h.payCharge(charge.gatewayChargeId);
    await waitForStatus(transactionId, 'ON_HOLD');
    const hold = await db.fraudHold.findUniqueOrThrow({ where: { transactionId } });
    expect(JSON.parse(hold.reasons)).toEqual([{ kind: 'BLOCKED_REFERENCE', limit: 0, actual: 1 }]);
    expect(await h.billerRecord(transactionId)).toBeNull();
  });
});
