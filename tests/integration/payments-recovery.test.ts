import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reconcileCharges } from '@/lib/server/jobs/reconcile-charges';
import { settlePayments } from '@/lib/server/jobs/settle-payments';
import { billerPaymentId } from '@/lib/server/payments/pay-biller';
import {
  checkout,
  claimWithoutPaying,
  expectLedgerBalanced,
  idpel,
  ledgerOf,
  startPaymentHarness,
  statusPath,
  transactionOf,
  waitFor,
  waitForStatus,
  type PaymentHarness,
} from '../support/payments';

// A process dies between "the money is confirmed" and "the biller is paid". The worker's settle
// job finishes the payment, with the same reference at the switch, so the biller is paid once.

const root = path.resolve(__dirname, '../..');
const STUCK_MS = 2 * 60 * 1000;
const later = (ms: number) => new Date(Date.now() + ms);

let h: PaymentHarness;

beforeAll(async () => {
  h = await startPaymentHarness();
});
afterEach(async () => {
  await h.quiesce();
  await h.control('DELETE', '/control/billers/faults');
  expect(h.receiver.errors).toEqual([]);
});
afterAll(() => h?.stop());

/** A transaction whose money is confirmed (PAID) but whose biller payment nobody started. */
async function paidButNotSettled(customerNo = idpel()) {
  const started = await checkout(h, { customerNo });
  h.receiver.skipPayBiller.add(started.transactionId);
  await h.payCharge(started.charge.gatewayChargeId);
  await waitForStatus(started.transactionId, 'PAID');
  await h.quiesce(started.transactionId);
  return { ...started, customerNo };
}

async function claim(transactionId: string) {
  expect(await claimWithoutPaying(transactionId)).toBe(true);
}

async function expectPaidOnce(transactionId: string, requests: number) {
  const done = await transactionOf(transactionId);
  expect(done.status).toBe('SUCCESS');
  expect(await statusPath(transactionId)).toEqual([
    'INQUIRED',
    'AWAITING_PAYMENT',
    'PAID',
    'PROCESSING',
    'SUCCESS',
  ]);
  expect(await h.billerRecord(transactionId)).toMatchObject({
    status: 'success',
    timesPaid: 1,
    requests,
  });
  const charged = done.charges[0]!.amount;
  expect(await ledgerOf(transactionId)).toEqual({
    gateway_clearing: charged,
    biller_payable: -(done.billAmount + done.penalty),
    fee_revenue: -(charged - done.billAmount - done.penalty),
  });
  await expectLedgerBalanced();
}

describe('a process that dies after the money is confirmed', () => {
  it('before it claimed the payment: the worker pays the biller', async () => {
    const { transactionId } = await paidButNotSettled();
    await settlePayments({ now: new Date(), billerSwitch: h.billerSwitch });
    await expectPaidOnce(transactionId, 1);
  });

  it('after claiming, before calling the switch: resumed once it is stuck', async () => {
    const { transactionId } = await paidButNotSettled();
    await claim(transactionId);
    // Not stuck yet: a live process may still be paying it.
    await settlePayments({ now: later(STUCK_MS / 2), billerSwitch: h.billerSwitch });
    expect((await transactionOf(transactionId)).status).toBe('PROCESSING');
    expect(await h.billerRecord(transactionId)).toBeNull();

    const report = await settlePayments({
      now: later(STUCK_MS + 60_000),
      billerSwitch: h.billerSwitch,
    });
    expect(report.resumed).toBeGreaterThanOrEqual(1);
    await expectPaidOnce(transactionId, 1);
  });

  it('after the switch took the payment, before the answer was recorded: not paid twice', async () => {
    const { transactionId, customerNo } = await paidButNotSettled();
    await claim(transactionId);
    const txn = await transactionOf(transactionId);
    // The dying process's request reaches the switch; its answer is lost with the process.
    await h.billerSwitch.pay({
      refId: billerPaymentId(transactionId),
      productCode: 'PLNPOST',
      customerNo,
      amount: txn.billAmount + txn.penalty,
      inquiryRefId: txn.switchInquiryId,
    });
    expect(await h.billerRecord(transactionId)).toMatchObject({ timesPaid: 1, requests: 1 });
    await settlePayments({ now: later(STUCK_MS + 60_000), billerSwitch: h.billerSwitch });
    await expectPaidOnce(transactionId, 2);
  });

  it('killed with SIGKILL while waiting for the switch: the worker settles it exactly once', async () => {
    const { transactionId, customerNo } = await paidButNotSettled();
    // The switch carries the payment out and never answers: the child waits until it is killed.
    await h.addBillerFault({
      match: { customerNo },
      fault: 'timeout',
      endpoint: 'payment',
      times: 1,
    });
    const child = spawn(
      process.execPath,
      [
        '--conditions=react-server',
        '--import',
        'tsx',
        'tests/support/pay-biller-child.ts',
        transactionId,
        h.sandbox.url,
      ],
      { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code)),
    );
    try {
      await waitFor(
        async () =>
          child.exitCode === null && (await h.billerRecord(transactionId))?.timesPaid === 1,
        `the child to reach the switch (output: ${output})`,
        20_000,
      );
      expect((await transactionOf(transactionId)).status).toBe('PROCESSING');
    } finally {
      child.kill('SIGKILL');
    }
    expect(await exited).toBe('SIGKILL');
    expect(output).not.toContain('SUCCESS');
    expect((await transactionOf(transactionId)).status).toBe('PROCESSING');

    await settlePayments({ now: new Date(), billerSwitch: h.billerSwitch });
    expect((await transactionOf(transactionId)).status).toBe('PROCESSING');
    await settlePayments({ now: later(STUCK_MS + 60_000), billerSwitch: h.billerSwitch });
    await expectPaidOnce(transactionId, 2);
  });
});

describe('a webhook that never arrives', () => {
  it('the status check finds the payment at the gateway, and the worker pays the biller', async () => {
    const { transactionId, charge } = await checkout(h);
    // Loket never hears of it: the receiver swallows this order's webhooks.
    h.receiver.captureOrders.add(transactionId);
    await h.payCharge(charge.gatewayChargeId);
    const lost = await waitFor(
      () => h.receiver.deliveries.find((d) => d.orderId === transactionId),
      'the lost webhook',
    );
    expect((await transactionOf(transactionId)).status).toBe('AWAITING_PAYMENT');

    // Within the payment window nobody asks; past it, the gateway is asked.
    expect(await reconcileCharges({ now: new Date(), gateway: h.gateway })).toBe(0);
    const overdue = new Date(charge.expiresAt.getTime() + 2 * 60_000);
    expect(await reconcileCharges({ now: overdue, gateway: h.gateway })).toBe(1);
    expect((await transactionOf(transactionId)).status).toBe('PAID');
    await settlePayments({ now: overdue, billerSwitch: h.billerSwitch });
    await expectPaidOnce(transactionId, 1);

    // The webhook, arriving at last, changes nothing.
    expect(await h.receiver.deliver(lost, 'await')).toMatchObject({
      status: 200,
      outcome: 'DUPLICATE',
    });
    await expectPaidOnce(transactionId, 1);
  });
});
