import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/server/actor';
import { getTransactionAdmin } from '@/lib/server/admin/transactions/get-transaction-admin';
import { recheckTransaction } from '@/lib/server/admin/transactions/recheck-transaction';
import { refundTransaction } from '@/lib/server/admin/transactions/refund-transaction';
import { resolveTransaction } from '@/lib/server/admin/transactions/resolve-transaction';
import { searchTransactions } from '@/lib/server/admin/transactions/search-transactions';
import { AppError } from '@/lib/server/errors';
import { sendRefunds } from '@/lib/server/jobs/send-refunds';
import { createUser } from '../support/factories';
import {
  checkout,
  expectLedgerBalanced,
  idpel,
  ledgerOf,
  startPaymentHarness,
  statusPath,
  transactionOf,
  waitForStatus,
  type PaymentHarness,
} from '../support/payments';

// The back office's transaction actions against real paid transactions (the sandbox gateway and
// biller): refunds, resolving and re-checking pending payments, who may do them, and the audit
// entry each leaves.

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

const REASON = 'Pelanggan membayar dua kali lewat loket lain, dikonfirmasi via telepon.';

/** A customer's online payment of a PLN bill, paid by VA and settled by the biller. */
async function paidSale(ending = '0001') {
  const {
    actor: customer,
    transactionId,
    charge,
  } = await checkout(h, {
    customerNo: idpel(ending),
  });
  await h.payCharge(charge.gatewayChargeId);
  const settled = await waitForStatus(transactionId, ['SUCCESS', 'PENDING_BILLER']);
  await h.quiesce(transactionId);
  return {
    customer,
    transactionId,
    charge,
    bill: settled.billAmount + settled.penalty,
  };
}

const auditOf = (transactionId: string) =>
  db.auditEntry.findMany({
    where: { targetType: 'Transaction', targetId: transactionId },
    orderBy: { createdAt: 'asc' },
  });

const refundEmails = (email: string) =>
  db.outboxMessage.count({ where: { template: 'payment-refunded', recipient: email } });

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('refunding a successful sale', () => {
  it('two admins at once make exactly one refund; it is sent, closes the sale and balances', async () => {
    const { customer, transactionId, charge, bill } = await paidSale();
    const fees = charge.amount - bill;

    const results = await Promise.allSettled(
      [admin, otherAdmin].map((actor) =>
        refundTransaction({
          actor,
          transactionId,
          amount: String(charge.amount),
          reason: REASON,
          refundsSeen: 0,
        }),
      ),
    );
    const done = results.filter((r) => r.status === 'fulfilled');
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(AppError);
    expect(refused[0]).toMatchObject({ code: 'CONFLICT', messageKey: 'refundMadeMeanwhile' });

    const owed = await transactionOf(transactionId);
    expect(owed.status).toBe('SUCCESS');
    expect(owed.refunds).toMatchObject([
      {
        refundId: `RF-ADMIN-${transactionId}-1`,
        reason: 'ADMIN',
        status: 'PENDING',
        amount: charge.amount,
        chargeId: charge.id,
      },
    ]);
    // Loket's fees go back first; the bill, which the biller keeps, is Loket's loss.
    expect(await ledgerOf(transactionId)).toEqual({
      gateway_clearing: charge.amount,
      biller_payable: -bill,
      refund_losses: bill,
      refunds_payable: -charge.amount,
    });
    expect(fees).toBe(6_500);
    const audit = await auditOf(transactionId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'transaction.refund' });
    expect(JSON.parse(audit[0]!.changes)).toMatchObject({
      after: { amount: charge.amount, reason: REASON, fromFees: fees, borneByLoket: bill },
    });

    expect(await sendRefunds({ gateway: h.gateway })).toBe(1);
    await h.quiesce(transactionId);
    expect(await sendRefunds({ gateway: h.gateway })).toBe(0);
    const refunded = await transactionOf(transactionId);
    expect(refunded.status).toBe('REFUNDED');
    expect(refunded.refunds).toMatchObject([{ status: 'SUCCEEDED' }]);
    expect(refunded.charges).toMatchObject([{ status: 'REFUNDED' }]);
    expect((await statusPath(transactionId)).slice(-2)).toEqual(['SUCCESS', 'REFUNDED']);
    expect(await refundEmails(customer.email)).toBe(1);
    expect(await ledgerOf(transactionId)).toEqual({ biller_payable: -bill, refund_losses: bill });
    await expectLedgerBalanced();
  });

  it('in parts: never above what is left, a stale page is refused, REFUNDED once all is back', async () => {
    const { transactionId, charge } = await paidSale();
    const first = await refundTransaction({
      actor: admin,
      transactionId,
      amount: '10.000',
      reason: REASON,
      refundsSeen: 0,
    });
    expect(first).toEqual({ refundId: `RF-ADMIN-${transactionId}-1`, amount: 10_000 });

    // The same page submitted again (a second click, another admin): refused.
    const stale = await refusal(
      refundTransaction({
        actor: admin,
        transactionId,
        amount: '1',
        reason: REASON,
        refundsSeen: 0,
      }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', messageKey: 'refundMadeMeanwhile' });

    const left = charge.amount - 10_000;
    const tooMuch = await refusal(
      refundTransaction({
        actor: otherAdmin,
        transactionId,
        amount: String(left + 1),
        reason: REASON,
        refundsSeen: 1,
      }),
    );
    expect(tooMuch.code).toBe('VALIDATION');
    expect(tooMuch.options.fieldErrors?.amount).toEqual([
      { key: 'validation.refundAmountTooHigh', params: { max: expect.stringMatching(/^Rp/) } },
    ]);

    await sendRefunds({ gateway: h.gateway });
    await h.quiesce(transactionId);
    expect((await transactionOf(transactionId)).status).toBe('SUCCESS');

    await refundTransaction({
      actor: otherAdmin,
      transactionId,
      amount: String(left),
      reason: REASON,
      refundsSeen: 1,
    });
    const nothingLeft = await refusal(
      refundTransaction({
        actor: admin,
        transactionId,
        amount: '1',
        reason: REASON,
        refundsSeen: 2,
      }),
    );
    expect(nothingLeft).toMatchObject({ code: 'CONFLICT', messageKey: 'nothingLeftToRefund' });
    await sendRefunds({ gateway: h.gateway });
    await h.quiesce(transactionId);
    const done = await transactionOf(transactionId);
    expect(done.status).toBe('REFUNDED');
    expect(done.refunds.reduce((sum, r) => sum + r.amount, 0)).toBe(charge.amount);
    expect(await auditOf(transactionId)).toHaveLength(2);
    await expectLedgerBalanced();
  });

  it('refuses an amount above what was paid, and a refund without a reason, changing nothing', async () => {
    const { transactionId, charge } = await paidSale();
    const above = await refusal(
      refundTransaction({
        actor: admin,
        transactionId,
        amount: String(charge.amount + 1),
        reason: REASON,
        refundsSeen: 0,
      }),
    );
    expect(above.code).toBe('VALIDATION');
    expect(Object.keys(above.options.fieldErrors ?? {})).toEqual(['amount']);

    for (const reason of ['', '   ', 'terlalu']) {
      const missing = await refusal(
        refundTransaction({ actor: admin, transactionId, amount: '5000', reason, refundsSeen: 0 }),
      );
      expect(missing.options.fieldErrors).toEqual({ reason: ['adminReasonTooShort'] });
    }
    const badAmount = await refusal(
      refundTransaction({
        actor: admin,
        transactionId,
        amount: '-5',
        reason: REASON,
        refundsSeen: 0,
      }),
    );
    expect(badAmount.options.fieldErrors).toEqual({ amount: ['refundAmountInvalid'] });

    expect((await transactionOf(transactionId)).refunds).toEqual([]);
    expect(await auditOf(transactionId)).toEqual([]);
  });
});

describe('a payment the biller has not answered', () => {
  it('resolved by hand as paid: posted as a sale with the admin on its event and in the audit', async () => {
    const { customer, transactionId, charge, bill } = await paidSale('0003');
    expect((await transactionOf(transactionId)).status).toBe('PENDING_BILLER');
    const noRef = await refusal(
      resolveTransaction({ actor: admin, transactionId, outcome: 'SUCCESS', reason: REASON }),
    );
    expect(noRef.options.fieldErrors).toEqual({ billerRef: ['billerRefRequired'] });

    expect(
      await resolveTransaction({
        actor: admin,
        transactionId,
        outcome: 'SUCCESS',
        billerRef: 'PLN-ADM-7788',
        reason: REASON,
        ipAddress: '203.0.113.9',
      }),
    ).toEqual({ status: 'SUCCESS' });
    const done = await db.transaction.findUniqueOrThrow({
      where: { id: transactionId },
      include: { receipt: true, events: { orderBy: { createdAt: 'desc' }, take: 1 } },
    });
    expect(done).toMatchObject({
      status: 'SUCCESS',
      billerRef: 'PLN-ADM-7788',
      nextAdviceAt: null,
    });
    expect(done.receipt?.number).toMatch(/^LKT-/);
    expect(done.events[0]).toMatchObject({
      fromStatus: 'PENDING_BILLER',
      toStatus: 'SUCCESS',
      actorType: 'ADMIN',
      actorId: admin.id,
      reason: REASON,
    });
    expect(await ledgerOf(transactionId)).toEqual({
      gateway_clearing: charge.amount,
      biller_payable: -bill,
      fee_revenue: -(charge.amount - bill),
    });
    const audit = await auditOf(transactionId);
    expect(audit).toMatchObject([
      { action: 'transaction.resolve', actorId: admin.id, ipAddress: '203.0.113.9' },
    ]);
    expect(
      await db.outboxMessage.count({ where: { template: 'receipt', recipient: customer.email } }),
    ).toBe(1);
    await expectLedgerBalanced();

    // Settled: a second resolve, a re-check and the refund of a wrong status are all refused.
    for (const work of [
      resolveTransaction({ actor: otherAdmin, transactionId, outcome: 'FAILED', reason: REASON }),
      recheckTransaction({ actor: admin, transactionId, billerSwitch: h.billerSwitch }),
    ]) {
      expect(await refusal(work)).toMatchObject({
        code: 'CONFLICT',
        messageKey: 'transactionNotPending',
      });
    }
    expect(await auditOf(transactionId)).toHaveLength(1);
  });

  it('resolved by hand as failed: the money is owed back and then refunded', async () => {
    const { customer, transactionId, charge } = await paidSale('0004');
    expect((await transactionOf(transactionId)).status).toBe('PENDING_BILLER');
    // Not refundable while the biller's answer is unknown.
    expect(
      await refusal(
        refundTransaction({
          actor: admin,
          transactionId,
          amount: '1',
          reason: REASON,
          refundsSeen: 0,
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', messageKey: 'refundNotAllowed' });

    await resolveTransaction({ actor: admin, transactionId, outcome: 'FAILED', reason: REASON });
    const failed = await transactionOf(transactionId);
    expect(failed).toMatchObject({ status: 'FAILED', failureReason: 'FAILED', nextAdviceAt: null });
    expect(failed.refunds).toMatchObject([
      { reason: 'BILLER_FAILED', status: 'PENDING', amount: charge.amount },
    ]);
    expect(await ledgerOf(transactionId)).toEqual({
      gateway_clearing: charge.amount,
      refunds_payable: -charge.amount,
    });
    expect(await auditOf(transactionId)).toMatchObject([{ action: 'transaction.resolve' }]);
    expect(
      await db.outboxMessage.count({
        where: { template: 'payment-failed', recipient: customer.email },
      }),
    ).toBe(1);

    await sendRefunds({ gateway: h.gateway });
    await h.quiesce(transactionId);
    expect((await transactionOf(transactionId)).status).toBe('REFUNDED');
    expect(await ledgerOf(transactionId)).toEqual({});
    await expectLedgerBalanced();
  });

  it('re-checked now: each re-check asks the biller once, is audited, and settles it in the end', async () => {
    const { transactionId } = await paidSale('0003');
    const statuses: string[] = [];
    for (let round = 0; round < 4 && statuses.at(-1) !== 'SUCCESS'; round++) {
      const before = h.calls.advice;
      const result = await recheckTransaction({
        actor: admin,
        transactionId,
        billerSwitch: h.billerSwitch,
      });
      expect(h.calls.advice).toBe(before + 1);
      statuses.push(result.status);
    }
    expect(statuses.at(-1)).toBe('SUCCESS');
    expect(statuses.slice(0, -1).every((status) => status === 'PENDING_BILLER')).toBe(true);
    const audit = await auditOf(transactionId);
    expect(audit).toHaveLength(statuses.length);
    expect(audit.every((entry) => entry.action === 'transaction.recheck')).toBe(true);
    expect(JSON.parse(audit.at(-1)!.changes)).toMatchObject({
      before: { status: 'PENDING_BILLER' },
      after: { status: 'SUCCESS', answer: 'success' },
    });
    await expectLedgerBalanced();
  });
});

describe('who may do it', () => {
  it('refuses customers, agents and anonymous callers, before anything changes', async () => {
    const { transactionId } = await paidSale();
    const customer = (await createUser()).actor;
    const agent = (await createUser({ role: 'AGENT' })).actor;
    for (const actor of [customer, agent, null]) {
      const expected = actor ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      const attempts = [
        refundTransaction({ actor, transactionId, amount: '1000', reason: REASON, refundsSeen: 0 }),
        resolveTransaction({ actor, transactionId, outcome: 'FAILED', reason: REASON }),
        recheckTransaction({ actor, transactionId, billerSwitch: h.billerSwitch }),
        getTransactionAdmin({ actor, transactionId, locale: 'id' }),
        searchTransactions({ actor, filters: { page: 1 }, locale: 'id' }),
      ];
      for (const attempt of attempts) expect((await refusal(attempt)).code).toBe(expected);
    }
    expect((await transactionOf(transactionId)).refunds).toEqual([]);
    expect(await auditOf(transactionId)).toEqual([]);
  });
});

describe('finding and reading a transaction', () => {
  it('finds it by reference, customer, status and channel, and shows its whole story', async () => {
    const { customer, transactionId, charge } = await paidSale();
    const txn = await transactionOf(transactionId);
    const ids = async (filters: Record<string, unknown>) =>
      (
        await searchTransactions({ actor: admin, filters: { page: 1, ...filters }, locale: 'id' })
      ).rows.map((row) => row.id);

    expect(await ids({ reference: txn.customerNo })).toEqual([transactionId]);
    expect(await ids({ reference: txn.billerRef })).toEqual([transactionId]);
    expect(await ids({ reference: charge.gatewayChargeId })).toEqual([transactionId]);
    expect(await ids({ id: transactionId })).toEqual([transactionId]);
    expect(await ids({ customer: customer.email.toUpperCase() })).toEqual([transactionId]);
    expect(await ids({ reference: txn.customerNo, status: 'FAILED' })).toEqual([]);
    expect(await ids({ reference: txn.customerNo, channel: 'counter' })).toEqual([]);
    expect(await ids({ reference: txn.customerNo, channel: 'online' })).toEqual([transactionId]);

    const detail = await getTransactionAdmin({ actor: admin, transactionId, locale: 'id' });
    expect(detail.timeline.map((step) => step.to)).toEqual([
      'INQUIRED',
      'AWAITING_PAYMENT',
      'PAID',
      'PROCESSING',
      'SUCCESS',
    ]);
    expect(detail.charges).toMatchObject([
      {
        gatewayChargeId: charge.gatewayChargeId,
        status: 'PAID',
        events: [{ type: 'charge.paid', outcome: 'PAID' }],
      },
    ]);
    expect(detail.ledger.every((posting) => posting.debit === posting.credit)).toBe(true);
    expect(detail.ledger.map((posting) => posting.kind)).toEqual([
      'FUNDS_CONFIRMED',
      'BILLER_CONFIRMED',
    ]);
    expect(detail.actions).toMatchObject({
      recheck: false,
      resolve: false,
      refund: { paid: charge.amount, refunded: 0, left: charge.amount, adminRefunds: 0 },
    });
    expect(JSON.stringify(detail)).not.toMatch(/qrString|actionUrl|passwordHash/);
  });
});
