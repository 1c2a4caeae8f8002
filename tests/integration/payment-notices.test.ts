import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { formatRupiah } from '@/lib/domain/money';
import { createSmtpMailer } from '@/lib/integrations/mailer/smtp-mailer';
import type { Mailer } from '@/lib/integrations/mailer/types';
import { sendRefunds } from '@/lib/server/jobs/send-refunds';
import { countUnreadNotifications } from '@/lib/server/notifications/count-unread';
import { listNotifications } from '@/lib/server/notifications/list-notifications';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';
import { applyBillerOutcome } from '@/lib/server/payments/apply-biller-outcome';
import { applyRefundSucceeded } from '@/lib/server/payments/apply-refund-succeeded';
import { billerPaymentId } from '@/lib/server/payments/pay-biller';
import { createUser } from '../support/factories';
import {
  checkout,
  idpel,
  settleUntil,
  startPaymentHarness,
  verifiedCustomer,
  waitForStatus,
  type PaymentHarness,
} from '../support/payments';

// What customers hear about their payments, against the real sandbox: one notice per outcome
// (written with the change), the failure and refund e-mails, never twice, never for a counter.

let h: PaymentHarness;
let mailer: Mailer;

beforeAll(async () => {
  h = await startPaymentHarness();
  mailer = createSmtpMailer({ url: h.sandbox.smtpUrl, from: 'Loket <no-reply@loket.id>' });
});
afterEach(async () => {
  await h.quiesce();
  expect(h.receiver.errors).toEqual([]);
});
afterAll(() => h?.stop());

const noticesOf = (userId: string) =>
  db.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
const emailsTo = (recipient: string) =>
  db.outboxMessage.findMany({ where: { recipient }, orderBy: { createdAt: 'asc' } });

describe('a successful payment', () => {
  it('adds exactly one success notice, even when the biller’s success is applied again', async () => {
    const actor = await verifiedCustomer();
    const { transactionId, charge } = await checkout(h, {
      actor,
      billerCode: 'PLN_PREPAID',
      customerNo: '14000000011',
      productCode: 'PLNPRE50',
      channel: 'BNI',
    });
    await h.payCharge(charge.gatewayChargeId);
    const done = await waitForStatus(transactionId, 'SUCCESS');
    await h.quiesce(transactionId);

    // The switch's answer again, as a late advice or a replayed response would bring it.
    const outcome = await h.billerSwitch.advice({ refId: billerPaymentId(transactionId) });
    expect(outcome.kind).toBe('success');
    const replays = await Promise.all(
      (['PROCESSING', 'PENDING_BILLER'] as const).map((from) =>
        applyBillerOutcome({ transactionId, from, outcome }),
      ),
    );
    expect(replays).toEqual(['UNCHANGED', 'UNCHANGED']);

    const notices = await noticesOf(actor.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'PAYMENT_SUCCEEDED',
      href: `/home/payments/${transactionId}/receipt`,
      dedupeKey: `payment-succeeded:${transactionId}`,
      readAt: null,
    });
    expect(JSON.parse(notices[0]!.params)).toEqual({
      billerNameId: 'PLN Token Listrik',
      billerNameEn: 'PLN electricity token',
      amount: formatRupiah(charge.amount),
      token: 'yes',
      delayed: 'no',
    });
    // The token is on the receipt, never in a notice.
    expect(done.token).toMatch(/^\d{20}$/);
    expect(notices[0]!.params).not.toContain(done.token);
    // The receipt is the success e-mail: nothing else is sent.
    expect((await emailsTo(actor.email)).map((m) => m.template)).toEqual(['receipt']);

    expect(await countUnreadNotifications({ actor })).toBe(1);
    const { items } = await listNotifications({ actor });
    expect(items).toMatchObject([{ kind: 'PAYMENT_SUCCEEDED', read: false }]);
  });
});

describe('a payment the biller refuses', () => {
  it('tells the customer once, then once more when the refund is back, by notice and e-mail', async () => {
    const actor = await verifiedCustomer();
    const { transactionId, charge } = await checkout(h, { actor, customerNo: idpel('0002') });
    await h.payCharge(charge.gatewayChargeId);
    await waitForStatus(transactionId, ['FAILED', 'PENDING_BILLER']);
    await settleUntil(h.billerSwitch, transactionId, ['FAILED']);
    await h.quiesce(transactionId);
    // The refusal again: changes nothing.
    const refusal = { kind: 'failed', reason: 'FAILED', rc: '06', message: 'again' } as const;
    expect(await applyBillerOutcome({ transactionId, from: 'PROCESSING', outcome: refusal })).toBe(
      'UNCHANGED',
    );

    const failedNotice = {
      kind: 'PAYMENT_FAILED',
      href: `/home/payments/${transactionId}`,
      dedupeKey: `payment-failed:${transactionId}`,
    };
    expect(await noticesOf(actor.id)).toMatchObject([failedNotice]);
    expect(JSON.parse((await noticesOf(actor.id))[0]!.params)).toEqual({
      billerNameId: 'PLN Tagihan Listrik',
      billerNameEn: 'PLN electricity bill',
      amount: formatRupiah(charge.amount),
      reason: 'BILLER_ERROR',
      delayed: 'no',
    });
    const failedEmail = await emailsTo(actor.email);
    expect(failedEmail).toMatchObject([
      { template: 'payment-failed', dedupeKey: `payment-failed:${transactionId}` },
    ]);
    expect(JSON.parse(failedEmail[0]!.payload)).toMatchObject({
      amount: charge.amount,
      reason: 'BILLER_ERROR',
      delayed: false,
      customerNo: expect.stringMatching(/^•+0002$/),
    });

    // The refund goes out; its webhook comes too and finds it done.
    expect(await sendRefunds({ gateway: h.gateway })).toBeGreaterThanOrEqual(1);
    await waitForStatus(transactionId, 'REFUNDED');
    await h.quiesce(transactionId);
    expect(await sendRefunds({ gateway: h.gateway })).toBe(0);
    const refund = await db.refund.findFirstOrThrow({ where: { transactionId } });
    expect(
      await db.$transaction((tx) => applyRefundSucceeded(tx, refund.refundId, new Date())),
    ).toBe(false);

    const notices = await noticesOf(actor.id);
    expect(notices).toMatchObject([
      failedNotice,
      {
        kind: 'PAYMENT_REFUNDED',
        href: `/home/payments/${transactionId}`,
        dedupeKey: `payment-refunded:${refund.refundId}`,
      },
    ]);
    expect(JSON.parse(notices[1]!.params)).toMatchObject({
      amount: formatRupiah(charge.amount),
      method: 'VA',
      cause: 'BILLER_FAILED',
    });
    expect((await emailsTo(actor.email)).map((m) => m.template)).toEqual([
      'payment-failed',
      'payment-refunded',
    ]);

    // Both arrive over SMTP, in the customer's language (Indonesian by default).
    while ((await deliverOutbox({ mailer })).sent > 0);
    const { body } = await h.control(
      'GET',
      `/control/mail/messages?to=${encodeURIComponent(actor.email)}`,
    );
    const inbox = body.messages as { subject: string; text: string }[];
    expect(inbox.map((m) => m.subject).sort()).toEqual([
      `Dana ${formatRupiah(charge.amount)} sudah dikembalikan`,
      'Pembayaran PLN Tagihan Listrik gagal, dana Anda dikembalikan',
    ]);
    for (const message of inbox) {
      expect(message.text).toContain(formatRupiah(charge.amount));
      expect(message.text).toContain(`/home/payments/${transactionId}`);
    }
  });
});

describe('a payment pending at the biller', () => {
  it.each([
    ['succeeds (0003)', '0003', 'SUCCESS', 'PAYMENT_SUCCEEDED'],
    ['fails (0004)', '0004', 'FAILED', 'PAYMENT_FAILED'],
  ] as const)(
    'then %s: one notice that says it came after a delay',
    async (_, ending, status, kind) => {
      const actor = await verifiedCustomer();
      const { transactionId, charge } = await checkout(h, { actor, customerNo: idpel(ending) });
      await h.payCharge(charge.gatewayChargeId);
      await waitForStatus(transactionId, 'PENDING_BILLER');
      await h.quiesce(transactionId);
      // Nothing to tell while nobody knows.
      expect(await noticesOf(actor.id)).toEqual([]);

      await settleUntil(h.billerSwitch, transactionId, [status]);
      const notices = await noticesOf(actor.id);
      expect(notices).toMatchObject([{ kind }]);
      expect(JSON.parse(notices[0]!.params)).toMatchObject({ delayed: 'yes' });
    },
  );
});

describe('a counter sale', () => {
  it('adds no notice and no e-mail, whatever the biller answers', async () => {
    const { user: agent } = await createUser({ role: 'AGENT' });
    const outlet = await db.outlet.create({
      data: { name: 'Loket Uji', address: 'Jl. Uji No. 1', ownerId: agent.id },
    });
    const biller = await db.biller.findUniqueOrThrow({ where: { code: 'PLN_POSTPAID' } });
    const sale = async () => {
      const txn = await db.transaction.create({
        data: {
          userId: agent.id,
          outletId: outlet.id,
          billerId: biller.id,
          status: 'PROCESSING',
          customerNo: idpel(),
          customerName: 'PELANGGAN LOKET',
          inquiryData: JSON.stringify({ details: {}, periods: [] }),
          billAmount: 100_000,
          penalty: 0,
          adminFee: 2_500,
          totalAmount: 102_500,
          switchInquiryId: `INQ-${randomUUID()}`,
          expiresAt: new Date(Date.now() + 60_000),
        },
      });
      await db.paymentCharge.create({
        data: {
          transactionId: txn.id,
          gatewayChargeId: `ch-${randomUUID()}`,
          method: 'VA',
          channel: 'BCA',
          amount: 106_500,
          currency: 'IDR',
          status: 'PAID',
          paidAt: new Date(),
          expiresAt: new Date(Date.now() + 60_000),
        },
      });
      return txn.id;
    };

    const paid = await sale();
    const success = {
      kind: 'success',
      rc: '00',
      payment: { billerRef: 'SBX000000000001' },
    } as const;
    expect(
      await applyBillerOutcome({ transactionId: paid, from: 'PROCESSING', outcome: success }),
    ).toBe('SUCCESS');
    const refused = await sale();
    const failure = { kind: 'failed', reason: 'UNKNOWN_CUSTOMER', rc: '14', message: 'x' } as const;
    expect(
      await applyBillerOutcome({ transactionId: refused, from: 'PROCESSING', outcome: failure }),
    ).toBe('FAILED');
    const refund = await db.refund.findFirstOrThrow({ where: { transactionId: refused } });
    expect(
      await db.$transaction((tx) => applyRefundSucceeded(tx, refund.refundId, new Date())),
    ).toBe(true);

    expect(await db.notification.count({ where: { userId: agent.id } })).toBe(0);
    expect(await emailsTo(agent.email)).toEqual([]);
    const keys = [paid, refused].flatMap((id) => [
      `payment-succeeded:${id}`,
      `payment-failed:${id}`,
    ]);
    expect(await db.notification.count({ where: { dedupeKey: { in: keys } } })).toBe(0);
  });
});
