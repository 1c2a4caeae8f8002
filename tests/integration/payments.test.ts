import { randomUUID } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { methodFee } from '@/lib/domain/payment-methods';
import { createInquiry } from '@/lib/server/inquiries/create-inquiry';
import type { PaymentGateway } from '@/lib/integrations/payment-gateway/types';
import { startCheckout } from '@/lib/server/payments/start-checkout';
import { createUser } from '../support/factories';
import {
  AFTERNOON,
  balances,
  change,
  checkout,
  checkoutAgain,
  expectLedgerBalanced,
  idpel,
  ledgerOf,
  startPaymentHarness,
  statusPath,
  transactionOf,
  verifiedCustomer,
  waitFor,
  waitForStatus,
  type PaymentHarness,
} from '../support/payments';

// Paying a bill end to end against the real sandbox: checkout, the gateway's signed webhook,
// the biller's payment, the ledger. The happy paths, idempotent checkout, who may pay, and cards.

let h: PaymentHarness;

beforeAll(async () => {
  h = await startPaymentHarness();
});
afterEach(async () => {
  await h.quiesce();
  expect(h.receiver.errors).toEqual([]);
});
afterAll(() => h?.stop());

describe('a virtual account payment', () => {
  it('takes the money by webhook, pays the biller once and posts the sale', async () => {
    const before = await balances();
    const { transactionId, charge, result } = await checkout(h, {
      customerNo: '532100000001',
      channel: 'BCA',
    });
    expect(result).toEqual({ transactionId, redirectUrl: null });
    const awaiting = await transactionOf(transactionId);
    const bill = awaiting.billAmount + awaiting.penalty;
    expect(awaiting).toMatchObject({
      status: 'AWAITING_PAYMENT',
      adminFee: 2_500,
      methodFee: 4_000,
    });
    expect(charge).toMatchObject({
      status: 'PENDING',
      method: 'VA',
      channel: 'BCA',
      currency: 'IDR',
      amount: bill + 2_500 + 4_000,
      vaNumber: expect.stringMatching(/^39358\d{11}$/),
    });
    expect(await h.billerRecord(transactionId)).toBeNull();

    expect((await h.payCharge(charge.gatewayChargeId)).status).toBe(200);
    const done = await waitForStatus(transactionId, 'SUCCESS');
    await h.quiesce(transactionId);

    expect(done).toMatchObject({
      billerRef: expect.stringMatching(/^SBX\d{12}$/),
      billerPaymentId: `PAY-${transactionId}`,
      paidAt: expect.any(Date),
      completedAt: expect.any(Date),
      failureReason: null,
      nextAdviceAt: null,
    });
    expect(done.charges).toMatchObject([
      { id: charge.id, status: 'PAID', paidAt: expect.any(Date) },
    ]);
    expect(done.refunds).toEqual([]);
    expect(await statusPath(transactionId)).toEqual([
      'INQUIRED',
      'AWAITING_PAYMENT',
      'PAID',
      'PROCESSING',
      'SUCCESS',
    ]);
    expect(await h.billerRecord(transactionId)).toMatchObject({
      status: 'success',
      amount: bill,
      timesPaid: 1,
      requests: 1,
      receipt: { billerRef: done.billerRef },
    });
    expect(h.outcomes(transactionId)).toEqual(['charge.paid 200 PAID']);
    expect(await db.gatewayEvent.findMany({ where: { chargeId: charge.gatewayChargeId } })).toEqual(
      [expect.objectContaining({ type: 'charge.paid', outcome: 'PAID' })],
    );

    const sale = { gateway_clearing: charge.amount, biller_payable: -bill, fee_revenue: -6_500 };
    expect(await ledgerOf(transactionId)).toEqual(sale);
    const moved = change(before, await balances());
    expect(moved).toEqual(sale);
    expect(moved.customer_funds_held ?? 0).toBe(0);
    await expectLedgerBalanced();
  });
});

describe('a PLN prepaid token', () => {
  it('is bought for the chosen denomination and comes back with its 20 digits and kWh', async () => {
    const { transactionId, charge } = await checkout(h, {
      billerCode: 'PLN_PREPAID',
      customerNo: '14000000001',
      productCode: 'PLNPRE50',
      channel: 'BNI',
    });
    expect(charge.amount).toBe(50_000 + 2_500 + 4_000);
    expect((await h.payCharge(charge.gatewayChargeId)).status).toBe(200);
    const done = await waitForStatus(transactionId, 'SUCCESS');
    const record = await h.billerRecord(transactionId);
    expect(record).toMatchObject({ productCode: 'PLNPRE50', amount: 50_000, timesPaid: 1 });
    const receipt = (record as unknown as { receipt: { token: string; kwh: number } }).receipt;
    expect(done.token).toMatch(/^\d{20}$/);
    expect(done.token).toBe(receipt.token);
    expect(done.kwhHundredths).toBe(Math.round(receipt.kwh * 100));
    expect(done.kwhHundredths).toBeGreaterThan(0);
    expect(await ledgerOf(transactionId)).toEqual({
      gateway_clearing: 56_500,
      biller_payable: -50_000,
      fee_revenue: -6_500,
    });
    await expectLedgerBalanced();
  });
});

describe('checkout', () => {
  it('opens one charge for 20 concurrent requests with one idempotency key', async () => {
    const actor = await verifiedCustomer();
    const { id: transactionId } = await createInquiry({
      actor,
      billerCode: 'PLN_POSTPAID',
      customerNo: '532100770001',
      locale: 'id',
      now: AFTERNOON,
      billerSwitch: h.billerSwitch,
    });
    const idempotencyKey = randomUUID();
    const request = (channel: string) =>
      startCheckout({
        actor,
        transactionId,
        channel,
        idempotencyKey,
        gateway: h.gateway,
        notifyUrl: h.receiver.url,
        now: AFTERNOON,
      });
    const answers = await Promise.all(Array.from({ length: 20 }, () => request('GOPAY')));
    expect(answers[0]).toEqual({
      transactionId,
      redirectUrl: expect.stringMatching(/\/gateway\/pay\/ewallet\/ch_/),
    });
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    const charges = await db.paymentCharge.findMany({ where: { transactionId } });
    expect(charges).toHaveLength(1);
    expect(await h.openChargesAtGateway(transactionId)).toBe(1);
    expect(await statusPath(transactionId)).toEqual(['INQUIRED', 'AWAITING_PAYMENT']);

    // The same key again answers the same; with another channel it is refused.
    expect(await request('GOPAY')).toEqual(answers[0]);
    await expect(request('BCA')).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'idempotencyKeyReused',
    });
    expect(await db.paymentCharge.count({ where: { transactionId } })).toBe(1);
    expect(await h.openChargesAtGateway(transactionId)).toBe(1);

    const txn = await transactionOf(transactionId);
    const base = txn.billAmount + txn.penalty + txn.adminFee;
    expect(charges[0]!.amount).toBe(base + methodFee('GOPAY', base));
    expect((await h.payCharge(charges[0]!.gatewayChargeId)).status).toBe(200);
    await waitForStatus(transactionId, 'SUCCESS');
    expect(await h.billerRecord(transactionId)).toMatchObject({ timesPaid: 1, requests: 1 });
    await expectLedgerBalanced();
  });

  it('a lost gateway answer: the retry with the same key finds the same charge', async () => {
    const actor = await verifiedCustomer();
    const { id: transactionId } = await createInquiry({
      actor,
      billerCode: 'PLN_POSTPAID',
      customerNo: idpel(),
      locale: 'id',
      now: AFTERNOON,
      billerSwitch: h.billerSwitch,
    });
    // The gateway opens the charge, but its answer never reaches Loket.
    const lossy: PaymentGateway = {
      ...h.gateway,
      createCharge: async (input) => {
        expect((await h.gateway.createCharge(input)).kind).toBe('created');
        return { kind: 'unavailable', reason: 'TIMEOUT' };
      },
    };
    const idempotencyKey = randomUUID();
    const request = (gateway: PaymentGateway) =>
      startCheckout({
        actor,
        transactionId,
        channel: 'MANDIRI',
        idempotencyKey,
        gateway,
        notifyUrl: h.receiver.url,
        now: AFTERNOON,
      });
    await expect(request(lossy)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      messageKey: 'gatewayUnavailable',
    });
    expect(await db.paymentCharge.count({ where: { transactionId } })).toBe(0);
    expect(await request(h.gateway)).toEqual({ transactionId, redirectUrl: null });
    expect(await db.paymentCharge.count({ where: { transactionId } })).toBe(1);
    expect(await h.openChargesAtGateway(transactionId)).toBe(1);
  });

  it.each([
    ['identity', { identity: false }],
    ['e-mail', { email: false }],
  ])('refuses a customer whose %s is not verified, and creates nothing', async (_, missing) => {
    const verifiedAt = new Date('2026-01-05T03:00:00Z');
    const { user, actor } = await createUser({
      emailVerifiedAt: 'email' in missing ? null : verifiedAt,
      identityVerifiedAt: 'identity' in missing ? null : verifiedAt,
    });
    const { id: transactionId } = await createInquiry({
      actor,
      billerCode: 'PLN_POSTPAID',
      customerNo: idpel(),
      locale: 'id',
      now: AFTERNOON,
      billerSwitch: h.billerSwitch,
    });
    const idempotencyKey = randomUUID();
    await expect(
      startCheckout({
        actor,
        transactionId,
        channel: 'BCA',
        idempotencyKey,
        gateway: h.gateway,
        notifyUrl: h.receiver.url,
        now: AFTERNOON,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'verificationRequired' });
    expect(await transactionOf(transactionId)).toMatchObject({
      status: 'INQUIRED',
      methodFee: 0,
      charges: [],
      refunds: [],
    });
    expect(await statusPath(transactionId)).toEqual(['INQUIRED']);
    expect(await db.idempotencyRecord.count({ where: { key: { contains: user.id } } })).toBe(0);
    expect(await h.openChargesAtGateway(transactionId)).toBe(0);
    expect(await ledgerOf(transactionId)).toEqual({});
  });
});

// ---------------------------------------------------------------------------------------------
// Cards: the customer types the number on the gateway's page, never on ours.

const EXPIRY = `12/${String((new Date().getUTCFullYear() + 3) % 100).padStart(2, '0')}`;
const CARDS = {
  visa: '4811 1111 1111 1114',
  mastercard: '5211 1111 1111 1117',
  doNotHonour: '4000 0000 0000 0002',
};

async function postForm(url: string, fields: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location') };
}

/** The browser on the hosted card page, then the 3-D Secure challenge. */
async function payByCard(actionUrl: string, number: string, otp = '123456') {
  expect((await fetch(actionUrl)).status).toBe(200);
  const form = await postForm(actionUrl, { number, expiry: EXPIRY, cvv: '123', name: 'SITI' });
  expect(form.status).toBe(200);
  return postForm(`${actionUrl}/3ds`, { otp });
}

describe('cards', () => {
  it('a declined card leaves the bill open; an approved one pays it, keeping only the last 4', async () => {
    const first = await checkout(h, { channel: 'CARD' });
    const { transactionId, actor } = first;
    expect(first.result.redirectUrl).toBe(
      `${h.sandbox.url}/gateway/pay/card/${first.charge.gatewayChargeId}`,
    );
    const declined = await payByCard(first.result.redirectUrl!, CARDS.doNotHonour);
    expect(declined.status).toBe(303);
    await waitFor(
      async () => (await transactionOf(transactionId)).charges[0]?.status === 'FAILED',
      'the declined charge to fail',
    );
    await h.quiesce(transactionId);
    const afterDecline = await transactionOf(transactionId);
    expect(afterDecline.status).toBe('AWAITING_PAYMENT');
    expect(afterDecline.charges[0]).toMatchObject({
      failureCode: expect.any(String),
      cardLast4: null,
    });
    expect(await ledgerOf(transactionId)).toEqual({});

    const second = await checkoutAgain(h, { actor, transactionId, channel: 'CARD' });
    expect(second.id).not.toBe(first.charge.id);
    const approved = await payByCard(second.actionUrl!, CARDS.visa);
    expect(approved.status).toBe(303);
    expect(approved.location).toContain(`/home/payments/${transactionId}`);
    const done = await waitForStatus(transactionId, 'SUCCESS');
    expect(done.charges).toMatchObject([
      { status: 'FAILED' },
      { id: second.id, status: 'PAID', cardBrand: 'VISA', cardLast4: '1114' },
    ]);
    expect(await h.billerRecord(transactionId)).toMatchObject({ timesPaid: 1 });
    expect(await ledgerOf(transactionId)).toMatchObject({ gateway_clearing: second.amount });
    await expectLedgerBalanced();
  });

  it('a Mastercard with OTP 123456 pays too', async () => {
    const { transactionId, result } = await checkout(h, { channel: 'CARD' });
    expect((await payByCard(result.redirectUrl!, CARDS.mastercard)).status).toBe(303);
    const done = await waitForStatus(transactionId, 'SUCCESS');
    expect(done.charges).toMatchObject([{ cardBrand: 'MASTERCARD', cardLast4: '1117' }]);
  });

  it('no card number is anywhere in the database', async () => {
    const needles = Object.values(CARDS).flatMap((spaced) => [spaced, spaced.replace(/ /g, '')]);
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM sqlite_master WHERE type = 'table'`,
    );
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Transaction', 'PaymentCharge', 'GatewayEvent', 'TransactionEvent']),
    );
    let cells = 0;
    for (const { name } of tables) {
      const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          if (value === null || value === undefined) continue;
          const text =
            value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : String(value);
          cells++;
          for (const needle of needles) {
            expect(text.includes(needle), `${name}.${column} holds a card number`).toBe(false);
          }
        }
      }
    }
    expect(cells).toBeGreaterThan(100);
    expect(await db.paymentCharge.count({ where: { cardLast4: { not: null } } })).toBe(2);

    // And not in the file's bytes either (free pages, the write-ahead log).
    const file = (process.env.DATABASE_URL ?? '').slice('file:'.length);
    for (const path of [file, `${file}-wal`]) {
      if (!existsSync(path)) continue;
      const bytes = readFileSync(path).toString('latin1');
      for (const needle of needles) expect(bytes.includes(needle), path).toBe(false);
    }
  });
});
