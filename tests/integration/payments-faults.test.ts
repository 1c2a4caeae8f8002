import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import type { PaymentGateway } from '@/lib/integrations/payment-gateway/types';
import { sendRefunds } from '@/lib/server/jobs/send-refunds';
import { settlePayments } from '@/lib/server/jobs/settle-payments';
import { adviseBillerPayment } from '@/lib/server/payments/pay-biller';
import {
  balances,
  change,
  checkout,
  expectLedgerBalanced,
  idpel,
  ledgerOf,
  settleUntil,
  signedHeaders,
  startPaymentHarness,
  statusPath,
  transactionOf,
  waitFor,
  waitForStatus,
  type PaymentHarness,
} from '../support/payments';

// The payment flow when the world misbehaves: webhooks duplicated, late, out of order, forged or
// wrong; billers slow, pending or failing. Money is never kept for nothing, never paid twice.

let h: PaymentHarness;

beforeAll(async () => {
  h = await startPaymentHarness();
});
afterEach(async () => {
  await h.quiesce();
  await h.control('DELETE', '/control/gateway/faults');
  await h.control('DELETE', '/control/billers/faults');
  expect(h.receiver.errors).toEqual([]);
});
afterAll(() => h?.stop());

const sale = (charged: number, owedToBiller: number) => ({
  gateway_clearing: charged,
  biller_payable: -owedToBiller,
  fee_revenue: -(charged - owedToBiller),
});

describe('webhooks that misbehave', () => {
  it.each([
    ['sent twice', { fault: 'duplicate-webhook', times: 1 }, 2],
    ['whose answer is lost twice', { fault: 'fail-first-n', n: 2, times: 1 }, 3],
  ])('a charge.paid %s pays the biller once', async (_, fault, copies) => {
    const { transactionId, charge } = await checkout(h);
    await h.addGatewayFault({ match: { orderId: transactionId }, ...fault });
    const paysBefore = h.calls.pay;
    await h.payCharge(charge.gatewayChargeId);
    const done = await waitForStatus(transactionId, 'SUCCESS');
    await h.quiesce(transactionId);

    const paid = h.receiver.deliveries.filter((d) => d.orderId === transactionId);
    expect(paid).toHaveLength(copies);
    expect(new Set(paid.map((d) => d.eventId)).size).toBe(1);
    expect(h.outcomes(transactionId)).toEqual([
      'charge.paid 200 PAID',
      ...Array.from({ length: copies - 1 }, () => 'charge.paid 200 DUPLICATE'),
    ]);
    expect(h.calls.pay - paysBefore).toBe(1);
    expect(await h.billerRecord(transactionId)).toMatchObject({ timesPaid: 1, requests: 1 });
    expect(await db.gatewayEvent.count({ where: { chargeId: charge.gatewayChargeId } })).toBe(1);
    expect(await ledgerOf(transactionId)).toEqual(
      sale(charge.amount, done.billAmount + done.penalty),
    );
    await expectLedgerBalanced();
  });

  it('a stale charge.expired after charge.paid changes nothing: SUCCESS, never EXPIRED', async () => {
    const { transactionId, charge } = await checkout(h);
    await h.addGatewayFault({ match: { orderId: transactionId }, fault: 'out-of-order', times: 1 });
    await h.payCharge(charge.gatewayChargeId);
    await waitFor(() => h.outcomes(transactionId).length === 2, 'the stale expiry');
    await h.quiesce(transactionId);
    expect(h.outcomes(transactionId)).toEqual([
      'charge.paid 200 PAID',
      'charge.expired 200 IGNORED',
    ]);
    const done = await transactionOf(transactionId);
    expect(done.status).toBe('SUCCESS');
    expect(done.charges).toMatchObject([{ status: 'PAID' }]);
    expect(await statusPath(transactionId)).not.toContain('EXPIRED');
    expect(await h.billerRecord(transactionId)).toMatchObject({ timesPaid: 1 });
    await expectLedgerBalanced();
  });

  it('a forged, tampered or stale webhook is refused (401) and changes nothing', async () => {
    const { transactionId, charge } = await checkout(h);
    h.receiver.captureOrders.add(transactionId);
    await h.payCharge(charge.gatewayChargeId);
    const genuine = await waitFor(
      () => h.receiver.deliveries.find((d) => d.orderId === transactionId),
      'the signed charge.paid',
    );
    h.receiver.captureOrders.delete(transactionId);
    const { rawBody, headers } = genuine;
    const timestamp = Number(headers['x-gateway-timestamp']);
    const nothingHappened = async () => {
      const txn = await transactionOf(transactionId);
      expect(txn.status).toBe('AWAITING_PAYMENT');
      expect(txn.charges).toMatchObject([{ status: 'PENDING', paidAt: null }]);
      expect(await statusPath(transactionId)).toEqual(['INQUIRED', 'AWAITING_PAYMENT']);
      expect(await db.gatewayEvent.count({ where: { id: genuine.eventId } })).toBe(0);
      expect(await ledgerOf(transactionId)).toEqual({});
      expect(await h.billerRecord(transactionId)).toBeNull();
    };

    const tampered = rawBody.replace(`"amount":${charge.amount}`, `"amount":${charge.amount - 1}`);
    expect(tampered).not.toBe(rawBody);
    const attempts = [
      { rawBody: tampered, headers, reason: 'BAD_SIGNATURE' },
      { rawBody: `${rawBody} `, headers, reason: 'BAD_SIGNATURE' },
      {
        rawBody,
        headers: { ...headers, 'x-gateway-signature': undefined },
        reason: 'BAD_SIGNATURE',
      },
      { rawBody, headers: signedHeaders(rawBody, timestamp - 301), reason: 'STALE' },
      { rawBody, headers: signedHeaders(rawBody, timestamp + 600), reason: 'STALE' },
      { rawBody: '{"hello":1}', headers: signedHeaders('{"hello":1}'), reason: 'MALFORMED' },
    ];
    for (const { reason, ...input } of attempts) {
      expect(await h.receiver.deliver(input)).toEqual({ status: 401, reason });
    }
    // Over HTTP too, as the gateway (or an attacker) would send it.
    const response = await fetch(h.receiver.url, {
      method: 'POST',
      headers: signedHeaders(rawBody, timestamp - 3_600),
      body: rawBody,
    });
    expect(response.status).toBe(401);
    await nothingHappened();

    // The genuine one, still fresh, is believed.
    expect(await h.receiver.deliver({ rawBody, headers }, 'await')).toMatchObject({
      status: 200,
      outcome: 'PAID',
    });
    expect((await transactionOf(transactionId)).status).toBe('SUCCESS');
    await expectLedgerBalanced();
  });

  it('a charge.paid for the wrong amount is not believed: no payment, no posting', async () => {
    const { transactionId, charge } = await checkout(h);
    await h.addGatewayFault({
      match: { orderId: transactionId },
      fault: 'amount-mismatch',
      times: 1,
    });
    await h.payCharge(charge.gatewayChargeId);
    await waitFor(() => h.outcomes(transactionId).length === 1, 'the webhook');
    await h.quiesce(transactionId);
    expect(h.outcomes(transactionId)).toEqual(['charge.paid 200 AMOUNT_MISMATCH']);
    expect(await db.gatewayEvent.findMany({ where: { chargeId: charge.gatewayChargeId } })).toEqual(
      [expect.objectContaining({ outcome: 'AMOUNT_MISMATCH' })],
    );
    const txn = await transactionOf(transactionId);
    expect(txn.status).toBe('AWAITING_PAYMENT');
    expect(txn.charges).toMatchObject([{ status: 'PENDING' }]);
    expect(await ledgerOf(transactionId)).toEqual({});
    expect(await h.billerRecord(transactionId)).toBeNull();
    await expectLedgerBalanced();
  });
});

describe('billers that do not answer at once', () => {
  it.each([
    ['answers after the timeout (0408)', '0408', undefined],
    ['never answers (timeout fault)', '0001', { fault: 'timeout', endpoint: 'payment', times: 1 }],
    [
      'says pending twice (pending fault)',
      '0001',
      { fault: 'pending', endpoint: 'payment', pendingAdvices: 2, times: 1 },
    ],
    ['says pending twice (0003)', '0003', undefined],
  ])('one that %s is PENDING_BILLER, then advice settles it once', async (_, ending, fault) => {
    const customerNo = idpel(ending);
    if (fault) await h.addBillerFault({ match: { customerNo }, ...fault });
    const { transactionId, charge } = await checkout(h, { customerNo });
    await h.payCharge(charge.gatewayChargeId);
    const pending = await waitForStatus(transactionId, 'PENDING_BILLER');
    expect(pending.nextAdviceAt!.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: the worker leaves it alone.
    await settlePayments({ now: new Date(), billerSwitch: h.billerSwitch });
    expect(await transactionOf(transactionId)).toMatchObject({
      status: 'PENDING_BILLER',
      adviceAttempts: 0,
    });

    const done = await settleUntil(h.billerSwitch, transactionId, ['SUCCESS']);
    expect(done.billerRef).toMatch(/^SBX/);
    expect(await statusPath(transactionId)).toEqual([
      'INQUIRED',
      'AWAITING_PAYMENT',
      'PAID',
      'PROCESSING',
      'PENDING_BILLER',
      'SUCCESS',
    ]);
    expect(await h.billerRecord(transactionId)).toMatchObject({
      status: 'success',
      timesPaid: 1,
      requests: 1,
    });
    expect(await ledgerOf(transactionId)).toEqual(
      sale(charge.amount, done.billAmount + done.penalty),
    );
    await expectLedgerBalanced();
  });
});

describe('two workers asking about one pending payment', () => {
  it('a "still pending" answer recorded after the other settled it changes nothing', async () => {
    const { transactionId, charge } = await checkout(h, { customerNo: idpel('0003') });
    await h.payCharge(charge.gatewayChargeId);
    await waitForStatus(transactionId, 'PENDING_BILLER');
    const done = await settleUntil(h.billerSwitch, transactionId, ['SUCCESS']);
    expect(done.nextAdviceAt).toBeNull();
    // The other worker asked at the same time and heard "still pending"; it records that last.
    const stale: BillerSwitch = {
      ...h.billerSwitch,
      advice: async () => ({ kind: 'pending', rc: '03', reason: 'SWITCH_PENDING' }),
    };
    expect(await adviseBillerPayment({ transactionId, billerSwitch: stale })).toBe('UNCHANGED');
    expect(await transactionOf(transactionId)).toMatchObject({
      status: 'SUCCESS',
      nextAdviceAt: null,
      adviceAttempts: done.adviceAttempts,
    });
  });
});

describe('billers that fail', () => {
  it.each([
    ['at once (0002)', '0002', ['PROCESSING', 'FAILED', 'REFUNDED']],
    [
      'after two pending advices (0004)',
      '0004',
      ['PROCESSING', 'PENDING_BILLER', 'FAILED', 'REFUNDED'],
    ],
  ])('a payment failed %s is refunded in full', async (_, ending, path) => {
    const before = await balances();
    const { transactionId, charge } = await checkout(h, { customerNo: idpel(ending) });
    await h.payCharge(charge.gatewayChargeId);
    await waitForStatus(transactionId, ['FAILED', 'PENDING_BILLER']);
    const failed = await settleUntil(h.billerSwitch, transactionId, ['FAILED']);
    expect(failed.failureReason).toBe('FAILED');
    expect(failed.refunds).toMatchObject([
      { reason: 'BILLER_FAILED', status: 'PENDING', amount: charge.amount },
    ]);
    expect(await h.billerRecord(transactionId)).toMatchObject({ status: 'failed', timesPaid: 0 });
    // Owed, not yet returned: the money is a refund payable.
    expect(await ledgerOf(transactionId)).toEqual({
      gateway_clearing: charge.amount,
      refunds_payable: -charge.amount,
    });
    await expectLedgerBalanced();

    expect(await sendRefunds({ gateway: h.gateway })).toBeGreaterThanOrEqual(1);
    const refunded = await waitForStatus(transactionId, 'REFUNDED');
    await h.quiesce(transactionId);
    expect(h.outcomes(transactionId)).toEqual([
      'charge.paid 200 PAID',
      expect.stringMatching(/^refund\.succeeded 200 (IGNORED|REFUNDED)$/),
    ]);
    expect(refunded.refunds).toMatchObject([
      { status: 'SUCCEEDED', succeededAt: expect.any(Date) },
    ]);
    expect(refunded.charges).toMatchObject([{ status: 'REFUNDED' }]);
    expect((await statusPath(transactionId)).slice(2)).toEqual(['PAID', ...path]);
    const atGateway = await h.gateway.getCharge(charge.gatewayChargeId);
    expect(atGateway).toMatchObject({
      kind: 'found',
      charge: { status: 'REFUNDED', refundedAmount: charge.amount },
    });
    // Returned when the gateway says it was, so both settle it on the same WIB day.
    const [ours] = refunded.refunds;
    const theirs = await h.gateway.refund({
      chargeId: charge.gatewayChargeId,
      refundId: ours!.refundId,
      amount: ours!.amount,
      reason: ours!.reason,
    });
    if (theirs.kind !== 'succeeded') throw new Error(`refund not found: ${theirs.kind}`);
    expect(ours!.succeededAt!.toISOString()).toBe(new Date(theirs.refund.createdAt).toISOString());
    // Sending again finds nothing owed.
    expect(await sendRefunds({ gateway: h.gateway })).toBe(0);

    expect(await ledgerOf(transactionId)).toEqual({});
    const moved = change(before, await balances());
    for (const code of ['refunds_payable', 'customer_funds_held', 'gateway_clearing']) {
      expect(moved[code] ?? 0, code).toBe(0);
    }
    await expectLedgerBalanced();
  });

  it('a refund whose answer is lost is sent again with the same id and returned once', async () => {
    const { transactionId, charge } = await checkout(h, { customerNo: idpel('0002') });
    await h.payCharge(charge.gatewayChargeId);
    await waitForStatus(transactionId, 'FAILED');
    await h.quiesce(transactionId);
    // From now on the gateway's webhooks for this order are held back: only the retry can tell.
    h.receiver.captureOrders.add(transactionId);
    const lossy: PaymentGateway = {
      ...h.gateway,
      refund: async (input) => {
        expect((await h.gateway.refund(input)).kind).toBe('succeeded');
        return { kind: 'unknown', reason: 'TIMEOUT' };
      },
    };
    expect(await sendRefunds({ gateway: lossy })).toBe(0);
    expect(await transactionOf(transactionId)).toMatchObject({
      status: 'FAILED',
      refunds: [{ status: 'PENDING' }],
    });
    expect(await sendRefunds({ gateway: h.gateway })).toBe(1);
    const done = await transactionOf(transactionId);
    expect(done).toMatchObject({ status: 'REFUNDED', refunds: [{ status: 'SUCCEEDED' }] });
    expect(await h.gateway.getCharge(charge.gatewayChargeId)).toMatchObject({
      charge: { status: 'REFUNDED', refundedAmount: charge.amount },
    });

    const late = await waitFor(
      () =>
        h.receiver.deliveries.find(
          (d) => d.orderId === transactionId && d.type === 'refund.succeeded',
        ),
      'the refund webhook',
    );
    expect(await h.receiver.deliver(late)).toMatchObject({ status: 200, outcome: 'IGNORED' });
    expect(await ledgerOf(transactionId)).toEqual({});
    await expectLedgerBalanced();
  });
});

describe('money that comes after the window closed', () => {
  it.each([
    ['expired by the gateway, then paid late', true],
    ['paid at the last moment, announced after the expiry', false],
  ])('%s: refunded, and the transaction stays EXPIRED', async (_, expireFirst) => {
    const { transactionId, charge } = await checkout(h);
    if (expireFirst) {
      expect((await h.expireCharge(charge.gatewayChargeId)).status).toBe(200);
      await waitForStatus(transactionId, 'EXPIRED');
      expect((await h.payCharge(charge.gatewayChargeId)).status).toBe(409);
    }
    await h.addGatewayFault({ match: { orderId: transactionId }, fault: 'late-webhook', times: 1 });
    expect((await h.payCharge(charge.gatewayChargeId)).status).toBe(200);
    const owed = await waitFor(async () => {
      const txn = await transactionOf(transactionId);
      return txn.refunds.length > 0 && txn;
    }, 'the refund to be owed');
    await h.quiesce(transactionId);
    expect(h.outcomes(transactionId)).toEqual([
      'charge.expired 200 EXPIRED',
      'charge.paid 200 REFUND_OWED',
    ]);
    expect(owed.status).toBe('EXPIRED');
    expect(owed.refunds).toMatchObject([
      { reason: 'LATE_OR_DUPLICATE_PAYMENT', status: 'PENDING', amount: charge.amount },
    ]);
    expect(await ledgerOf(transactionId)).toEqual({
      gateway_clearing: charge.amount,
      refunds_payable: -charge.amount,
    });

    expect(await sendRefunds({ gateway: h.gateway })).toBeGreaterThanOrEqual(1);
    await h.quiesce(transactionId);
    const done = await transactionOf(transactionId);
    expect(done.status).toBe('EXPIRED');
    expect(done.refunds).toMatchObject([{ status: 'SUCCEEDED' }]);
    expect(done.charges).toMatchObject([{ status: 'REFUNDED' }]);
    expect(await statusPath(transactionId)).toEqual(['INQUIRED', 'AWAITING_PAYMENT', 'EXPIRED']);
    expect(await h.billerRecord(transactionId)).toBeNull();
    expect(await ledgerOf(transactionId)).toEqual({});
    await expectLedgerBalanced();
  });
});
