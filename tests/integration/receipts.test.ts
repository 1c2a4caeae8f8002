import { PDFParse } from 'pdf-parse';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { formatPlnToken } from '@/lib/domain/pln-token';
import { receiptNumber, receiptSequenceName, wibYear } from '@/lib/domain/receipt';
import { createSmtpMailer } from '@/lib/integrations/mailer/smtp-mailer';
import type { Mailer } from '@/lib/integrations/mailer/types';
import type { Actor } from '@/lib/server/actor';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';
import { applyBillerOutcome } from '@/lib/server/payments/apply-biller-outcome';
import { billerPaymentId, resumePayment } from '@/lib/server/payments/pay-biller';
import { getReceipt } from '@/lib/server/receipts/get-receipt';
import { verifyReceipt } from '@/lib/server/receipts/verify-receipt';
import { createUser } from '../support/factories';
import {
  checkout,
  claimWithoutPaying,
  expectLedgerBalanced,
  idpel,
  startPaymentHarness,
  verifiedCustomer,
  waitForStatus,
  type PaymentHarness,
} from '../support/payments';

// Receipts against the real sandbox: payments run to SUCCESS through the gateway's webhook and
// the biller switch, and the receipt e-mail goes over real SMTP to the sandbox's inbox.

type InboxMessage = {
  id: string;
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; size: number }[];
};

let h: PaymentHarness;
let mailer: Mailer;

beforeAll(async () => {
  h = await startPaymentHarness();
  mailer = createSmtpMailer({ url: h.sandbox.smtpUrl, from: 'Loket <no-reply@loket.id>' });
});
afterEach(async () => {
  await h.quiesce();
  expect(h.receiver.errors).toEqual([]);
  await h.control('DELETE', '/control/mail/faults');
});
afterAll(() => h?.stop());

async function inbox(to: string): Promise<InboxMessage[]> {
  const { body } = await h.control('GET', `/control/mail/messages?to=${encodeURIComponent(to)}`);
  return body.messages as InboxMessage[];
}

async function pdfText(message: InboxMessage): Promise<string> {
  const response = await fetch(`${h.sandbox.url}/mail/${message.id}/attachments/0`);
  expect(response.headers.get('content-type')).toContain('application/pdf');
  const parser = new PDFParse({ data: new Uint8Array(await response.arrayBuffer()) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** The sequence value now: the next receipt this year takes the one after it. */
async function lastSequence(): Promise<number> {
  const name = receiptSequenceName(wibYear(new Date()));
  return (await db.sequence.findUnique({ where: { name } }))?.value ?? 0;
}

/** Sends everything queued so far, so a test sees only its own e-mails' attempts. */
async function drainOutbox() {
  while ((await deliverOutbox({ mailer })).sent > 0);
}

async function payPlnToken(actor: Actor) {
  const { transactionId, charge } = await checkout(h, {
    actor,
    billerCode: 'PLN_PREPAID',
    customerNo: '14000000011',
    productCode: 'PLNPRE50',
    channel: 'BNI',
  });
  expect((await h.payCharge(charge.gatewayChargeId)).status).toBe(200);
  const done = await waitForStatus(transactionId, 'SUCCESS');
  await h.quiesce(transactionId);
  return { transactionId, done };
}

/** Transactions whose money arrived and whose biller payment was claimed, not yet sent. */
async function claimedPayments(count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { transactionId, charge } = await checkout(h, { customerNo: idpel() });
    h.receiver.skipPayBiller.add(transactionId);
    expect((await h.payCharge(charge.gatewayChargeId)).status).toBe(200);
    await waitForStatus(transactionId, 'PAID');
    expect(await claimWithoutPaying(transactionId)).toBe(true);
    ids.push(transactionId);
  }
  await h.quiesce();
  return ids;
}

describe('the receipt of a payment', () => {
  it('is issued once with the next number and e-mailed with its total, token and PDF', async () => {
    await drainOutbox();
    const before = await lastSequence();
    const actor = await verifiedCustomer();
    const { transactionId, done } = await payPlnToken(actor);

    const receipts = await db.receipt.findMany({ where: { transactionId } });
    const number = receiptNumber(wibYear(new Date()), before + 1);
    expect(receipts.map((receipt) => receipt.number)).toEqual([number]);
    const queued = await db.outboxMessage.findMany({ where: { template: 'receipt' } });
    expect(queued).toMatchObject([
      { dedupeKey: `receipt:${transactionId}`, recipient: actor.email, status: 'PENDING' },
    ]);

    expect(await deliverOutbox({ mailer })).toEqual({ sent: 1, retried: 0, dead: 0 });
    const [message, ...others] = await inbox(actor.email);
    expect(others).toEqual([]);
    const token = formatPlnToken(done.token ?? '');
    expect(message?.subject).toBe(`Struk pembayaran PLN Token Listrik – Rp56.500 – ${number}`);
    expect(message?.text).toContain('Total bayar: Rp56.500');
    expect(message?.text).toContain(token);
    expect(message?.text).toContain(`/home/payments/${transactionId}/receipt`);
    expect(message?.attachments).toEqual([
      { filename: `${number}.pdf`, contentType: 'application/pdf', size: expect.any(Number) },
    ]);
    const pdf = await pdfText(message!);
    expect(pdf).toContain(number);
    expect(pdf).toContain('Rp56.500');
    expect(pdf).toContain(token);
    await expectLedgerBalanced();
  });

  it('is shown to its owner and admins only, and its QR code verifies', async () => {
    const actor = await verifiedCustomer();
    const { transactionId } = await payPlnToken(actor);
    const receipt = await getReceipt({ actor, transactionId });
    expect(receipt.data).toMatchObject({ total: 56_500, adminFee: 2_500, methodFee: 4_000 });

    const stranger = await verifiedCustomer();
    await expect(getReceipt({ actor: stranger, transactionId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'receiptNotFound',
    });
    await expect(getReceipt({ actor: null, transactionId })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    expect((await getReceipt({ actor: admin, transactionId })).number).toBe(receipt.number);

    const code = decodeURIComponent(new URL(receipt.verifyUrl).pathname.split('/').pop() ?? '');
    const ipAddress = '198.51.100.7';
    expect(await verifyReceipt({ code, ipAddress })).toEqual({
      status: 'genuine',
      number: receipt.number,
      biller: { nameId: 'PLN Token Listrik', nameEn: 'PLN electricity token' },
      customerNo: '•••••••0011',
      total: 56_500,
      paidAt: expect.any(Date),
      payment: 'PAID',
    });
    const [number, mac = ''] = code.split('.');
    const otherNumber = number!.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10));
    const flipped = `${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    for (const altered of [`${otherNumber}.${mac}`, `${number}.${flipped}`, code.slice(0, -2)]) {
      expect(await verifyReceipt({ code: altered, ipAddress })).toEqual({ status: 'invalid' });
    }
  });
});

describe('the public check', () => {
  it('answers 60 checks per address in 10 minutes, then asks to wait', async () => {
    const now = new Date();
    const check = (ipAddress: string) =>
      verifyReceipt({ code: 'LKT-2026-00000001.x', ipAddress, now });
    for (let i = 0; i < 60; i++) expect(await check('203.0.113.60')).toEqual({ status: 'invalid' });
    expect(await check('203.0.113.60')).toEqual({ status: 'limited', retryAfterSeconds: 600 });
    expect(await check('203.0.113.61')).toEqual({ status: 'invalid' });
  });
});

describe('receipt numbers under concurrency', () => {
  it('gives concurrent successes distinct consecutive numbers', async () => {
    const ids = await claimedPayments(8);
    const before = await lastSequence();
    const outcomes = await Promise.all(
      ids.map((transactionId) => resumePayment({ transactionId, billerSwitch: h.billerSwitch })),
    );
    expect(outcomes).toEqual(ids.map(() => 'SUCCESS'));
    const numbers = (await db.receipt.findMany({ where: { transactionId: { in: ids } } }))
      .map((receipt) => Number(receipt.number.split('-')[2]))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(ids.map((_, index) => before + 1 + index));
    expect(await lastSequence()).toBe(before + ids.length);
    await expectLedgerBalanced();
  });

  it('a repeated biller success issues nothing more and queues no second e-mail', async () => {
    await drainOutbox();
    const actor = await verifiedCustomer();
    const { transactionId } = await payPlnToken(actor);
    // The switch's answer again, as a late advice or a replayed response would bring it.
    const outcome = await h.billerSwitch.advice({ refId: billerPaymentId(transactionId) });
    expect(outcome.kind).toBe('success');
    const replays = await Promise.all(
      (['PROCESSING', 'PENDING_BILLER', 'PROCESSING'] as const).map((from) =>
        applyBillerOutcome({ transactionId, from, outcome }),
      ),
    );
    expect(replays).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(await db.receipt.count({ where: { transactionId } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `receipt:${transactionId}` } })).toBe(
      1,
    );
    await drainOutbox();
    expect(await inbox(actor.email)).toHaveLength(1);
  });
});

describe('the receipt e-mail', () => {
  it('waits while the mail server is down and arrives once, with nothing lost', async () => {
    await drainOutbox();
    const actor = await verifiedCustomer();
    const { transactionId } = await payPlnToken(actor);
    const dedupeKey = `receipt:${transactionId}`;
    await h.control('POST', '/control/mail/faults', { fault: 'down' });
    const now = new Date();

    expect(await deliverOutbox({ mailer, now })).toEqual({ sent: 0, retried: 1, dead: 0 });
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } });
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(await inbox(actor.email)).toEqual([]);

    await h.control('DELETE', '/control/mail/faults');
    const later = (ms: number) => new Date(now.getTime() + ms);
    expect(await deliverOutbox({ mailer, now: later(31_000) })).toEqual({
      sent: 1,
      retried: 0,
      dead: 0,
    });
    expect(await deliverOutbox({ mailer, now: later(3_600_000) })).toEqual({
      sent: 0,
      retried: 0,
      dead: 0,
    });
    const delivered = await inbox(actor.email);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.attachments).toHaveLength(1);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } })).toMatchObject({
      status: 'SENT',
      attempts: 2,
    });
  });
});
