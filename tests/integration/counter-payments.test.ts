import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { receiptDataSchema } from '@/lib/domain/receipt';
import type { Actor } from '@/lib/server/actor';
import { createCounterInquiry } from '@/lib/server/counter/create-counter-inquiry';
import { payAtCounter } from '@/lib/server/counter/pay-at-counter';
import { selectCounterProduct } from '@/lib/server/counter/select-counter-product';
import { getDepositOverview } from '@/lib/server/deposits/get-deposit-overview';
import { listDepositStatement } from '@/lib/server/deposits/list-deposit-statement';
import { applyBillerOutcome } from '@/lib/server/payments/apply-biller-outcome';
import {
  depositOf,
  depositRunningBalances,
  fundDeposit,
  openShiftFor,
  outletWithCashier,
} from '../support/deposits';
import { createUser } from '../support/factories';
import {
  AFTERNOON,
  expectLedgerBalanced,
  idpel,
  ledgerOf,
  paymentSwitch,
  settleUntil,
  startPaymentHarness,
  type PaymentHarness,
} from '../support/payments';

let h: PaymentHarness;

beforeAll(async () => {
  h = await startPaymentHarness();
});
afterAll(() => h.stop());

/** An outlet with Rp2.000 biaya loket, a cashier on an open shift, and a funded deposit. */
async function counter(deposit: number) {
  const { outlet, owner, cashier } = await outletWithCashier({ markup: 2_000 });
  await openShiftFor(cashier, outlet.id);
  if (deposit > 0) await fundDeposit(outlet.id, deposit);
  return { outletId: outlet.id, owner, cashier };
}

function inquire(
  actor: Actor,
  customerNo: string,
  billerCode = 'PLN_POSTPAID',
  productCode?: string,
) {
  return createCounterInquiry({
    actor,
    billerCode,
    customerNo,
    productCode,
    now: AFTERNOON,
    billerSwitch: h.billerSwitch,
  });
}

function pay(
  actor: Actor,
  transactionId: string,
  cashReceived: number,
  key = randomUUID(),
  billerSwitch = h.billerSwitch,
) {
  return payAtCounter({
    actor,
    transactionId,
    cashReceived,
    idempotencyKey: key,
    now: AFTERNOON,
    billerSwitch,
  });
}

const holdOf = (transactionId: string) =>
  db.depositHold.findUniqueOrThrow({ where: { transactionId } });

describe('a counter inquiry', () => {
  it('quotes the bill with the biaya loket within the biller maximum and the commission', async () => {
    const { cashier } = await counter(0);
    const biller = await db.biller.findUniqueOrThrow({ where: { code: 'PLN_POSTPAID' } });
    const view = await inquire(cashier, idpel());
    const markup = Math.min(2_000, biller.maxOutletMarkup);
    expect(view).toMatchObject({
      status: 'INQUIRED',
      biller: { code: 'PLN_POSTPAID', kind: 'POSTPAID' },
      adminFee: biller.adminFee,
      outletMarkup: markup,
      commission: biller.agentCommission,
      totalToCollect: view.billAmount + view.penalty + biller.adminFee + markup,
      depositCharge: view.billAmount + view.penalty + biller.adminFee,
    });
    const row = await db.transaction.findUniqueOrThrow({ where: { id: view.id } });
    expect(row).toMatchObject({ userId: cashier.id, outletMarkup: markup, status: 'INQUIRED' });
  });

  it('prices a prepaid token once a denomination is chosen', async () => {
    const { cashier } = await counter(0);
    const view = await inquire(cashier, '14000000001', 'PLN_PREPAID');
    expect(view.productOptions.map((p) => p.code)).toContain('PLNPRE50');
    expect(view.totalToCollect).toBe(0);
    const priced = await selectCounterProduct({
      actor: cashier,
      transactionId: view.id,
      productCode: 'PLNPRE50',
      now: AFTERNOON,
    });
    expect(priced.depositCharge).toBe(50_000 + priced.adminFee);
    expect(priced.totalToCollect).toBe(priced.depositCharge + priced.outletMarkup);
  });

  it('is refused to a customer and to an agent without an outlet', async () => {
    const customer = (await createUser()).actor;
    await expect(inquire(customer, idpel())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const loner = (await createUser({ role: 'AGENT' })).actor;
    await expect(inquire(loner, idpel())).rejects.toMatchObject({ messageKey: 'noOutlet' });
  });
});

describe('paying at the counter', () => {
  it('100 payments at once against a deposit that covers exactly 50: 50 succeed, never below zero', async () => {
    const charge = 20_000 + 2_500;
    const { outletId, cashier } = await counter(50 * charge);
    // No commission on these sales, so the holds are the only movements of the deposit.
    const { agentCommission } = await db.biller.findUniqueOrThrow({
      where: { code: 'PLN_PREPAID' },
    });
    await db.biller.update({ where: { code: 'PLN_PREPAID' }, data: { agentCommission: 0 } });
    const inquiries = [];
    try {
      for (let batch = 0; batch < 10; batch++) {
        inquiries.push(
          ...(await Promise.all(
            Array.from({ length: 10 }, () =>
              inquire(cashier, '14000000001', 'PLN_PREPAID', 'PLNPRE20'),
            ),
          )),
        );
      }
    } finally {
      await db.biller.update({ where: { code: 'PLN_PREPAID' }, data: { agentCommission } });
    }
    expect(new Set(inquiries.map((i) => i.depositCharge))).toEqual(new Set([charge]));

    // A patient switch: 100 payments at once on a busy machine must not time out into advice.
    const { billerSwitch, calls } = paymentSwitch(h.sandbox.url, 20_000);
    const results = await Promise.allSettled(
      inquiries.map((inquiry) =>
        pay(cashier, inquiry.id, inquiry.totalToCollect, randomUUID(), billerSwitch),
      ),
    );
    const paid = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(paid).toHaveLength(50);
    // Under load an answer may come after the switch timeout: held, then settled by advice.
    for (const late of paid.filter((p) => p.status !== 'SUCCESS')) {
      expect(late.status).toBe('PENDING_BILLER');
      await settleUntil(h.billerSwitch, late.transactionId, ['SUCCESS']);
    }
    expect(
      paid.filter((p) => p.status === 'SUCCESS').every((p) => p.receiptNumber && p.token),
    ).toBe(true);
    expect(refused).toHaveLength(50);
    for (const reason of refused) {
      expect(reason).toMatchObject({ code: 'CONFLICT', messageKey: 'depositTooLow' });
    }

    expect(await depositOf(outletId)).toEqual({ available: 0, held: 0 });
    const running = await depositRunningBalances(outletId);
    expect(running).toHaveLength(1 + 50);
    expect(Math.min(...running)).toBe(0);
    expect(running.at(-1)).toBe(0);
    const ids = inquiries.map((i) => i.id);
    const statuses = await db.transaction.groupBy({
      by: ['status'],
      where: { id: { in: ids } },
      _count: true,
    });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count]))).toEqual({
      SUCCESS: 50,
      INQUIRED: 50,
    });
    expect(await db.depositHold.count({ where: { outletId, status: 'POSTED' } })).toBe(50);
    expect(await db.depositHold.count({ where: { outletId, status: { not: 'POSTED' } } })).toBe(0);
    expect(calls.pay).toBe(50);
    await expectLedgerBalanced();
  });

  it('posts the hold and the commission once on success, and prints the biaya loket on the receipt', async () => {
    const { outletId, owner, cashier } = await counter(1_000_000);
    const inquiry = await inquire(cashier, idpel());
    const result = await pay(cashier, inquiry.id, inquiry.totalToCollect + 7_000);
    expect(result).toMatchObject({
      status: 'SUCCESS',
      change: 7_000,
      returnAllCash: false,
      available: 1_000_000 - inquiry.depositCharge + inquiry.commission,
    });
    const hold = await holdOf(inquiry.id);
    expect(hold).toMatchObject({ status: 'POSTED', amount: inquiry.depositCharge, outletId });
    expect(await ledgerOf(inquiry.id)).toEqual({
      [`deposit:${outletId}`]: inquiry.depositCharge - inquiry.commission,
      biller_payable: -(inquiry.billAmount + inquiry.penalty),
      fee_revenue: -inquiry.adminFee,
      agent_commission: inquiry.commission,
    });
    // The same success reported again changes nothing.
    const again = await applyBillerOutcome({
      transactionId: inquiry.id,
      from: 'PROCESSING',
      outcome: { kind: 'success', rc: '00', payment: { billerRef: 'AGAIN' } },
    });
    expect(again).toBe('UNCHANGED');
    expect(
      await db.ledgerTransaction.count({
        where: { transactionId: inquiry.id, kind: 'AGENT_COMMISSION' },
      }),
    ).toBe(1);
    const txn = await db.transaction.findUniqueOrThrow({
      where: { id: inquiry.id },
      include: { receipt: true, shift: true },
    });
    expect(txn).toMatchObject({ cashReceived: inquiry.totalToCollect + 7_000 });
    expect(txn.shift?.cashierId).toBe(cashier.id);
    const data = receiptDataSchema.parse(JSON.parse(txn.receipt!.data));
    expect(data).toMatchObject({
      outletMarkup: inquiry.outletMarkup,
      methodFee: 0,
      total: inquiry.totalToCollect,
      payment: { method: 'CASH', channel: 'COUNTER' },
    });
    expect(result.receiptNumber).toBe(txn.receipt!.number);
    const statement = await listDepositStatement({ actor: owner, filters: { page: 1 } });
    expect(statement.lines.map((l) => [l.kind, l.amount, l.balanceAfter])).toEqual([
      ['commission', inquiry.commission, result.available],
      ['sale', -inquiry.depositCharge, 1_000_000 - inquiry.depositCharge],
      ['adjustment', 1_000_000, 1_000_000],
    ]);
    expect(statement.lines[1]!.sale).toMatchObject({
      transactionId: inquiry.id,
      customerNo: inquiry.customerNo,
    });
    await expectLedgerBalanced();
  });

  it('a repeated key returns the first answer without a second hold or payment', async () => {
    const { outletId, cashier } = await counter(1_000_000);
    const inquiry = await inquire(cashier, idpel());
    const key = randomUUID();
    const payBefore = h.calls.pay;
    const [first, second] = await Promise.all([
      pay(cashier, inquiry.id, inquiry.totalToCollect, key),
      pay(cashier, inquiry.id, inquiry.totalToCollect, key),
    ]);
    const third = await pay(cashier, inquiry.id, inquiry.totalToCollect, key);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(h.calls.pay - payBefore).toBe(1);
    expect(await db.depositHold.count({ where: { transactionId: inquiry.id } })).toBe(1);
    expect((await depositRunningBalances(outletId)).length).toBe(3);
    await expect(pay(cashier, inquiry.id, inquiry.totalToCollect + 1, key)).rejects.toMatchObject({
      messageKey: 'idempotencyKeyReused',
    });
    // Another key for the same sale finds it paid.
    await expect(pay(cashier, inquiry.id, inquiry.totalToCollect)).rejects.toMatchObject({
      messageKey: 'paymentNotOpen',
    });
  });

  it('a biller failure releases the hold at once: the cashier hands all the cash back', async () => {
    const { outletId, cashier } = await counter(1_000_000);
    const inquiry = await inquire(cashier, idpel('0002'));
    const result = await pay(cashier, inquiry.id, inquiry.totalToCollect + 500);
    expect(result).toMatchObject({
      status: 'FAILED',
      returnAllCash: true,
      change: inquiry.totalToCollect + 500,
      available: 1_000_000,
    });
    expect(result.receiptNumber).toBeUndefined();
    expect(await holdOf(inquiry.id)).toMatchObject({ status: 'RELEASED' });
    expect(await depositOf(outletId)).toEqual({ available: 1_000_000, held: 0 });
    expect(await ledgerOf(inquiry.id)).toEqual({});
    expect(await db.refund.count({ where: { transactionId: inquiry.id } })).toBe(0);
    await expectLedgerBalanced();
  });

  it('a pending answer keeps the hold; advice success posts it', async () => {
    const { outletId, cashier } = await counter(1_000_000);
    const inquiry = await inquire(cashier, idpel('0003'));
    const result = await pay(cashier, inquiry.id, inquiry.totalToCollect);
    expect(result).toMatchObject({ status: 'PENDING_BILLER', change: 0 });
    expect(await holdOf(inquiry.id)).toMatchObject({ status: 'HELD' });
    expect(await depositOf(outletId)).toEqual({
      available: 1_000_000 - inquiry.depositCharge,
      held: inquiry.depositCharge,
    });
    const overview = await getDepositOverview({ actor: cashier });
    expect(overview).toMatchObject({
      balance: 1_000_000,
      held: inquiry.depositCharge,
      available: 1_000_000 - inquiry.depositCharge,
    });
    await expectLedgerBalanced();

    await settleUntil(h.billerSwitch, inquiry.id, ['SUCCESS']);
    expect(await holdOf(inquiry.id)).toMatchObject({ status: 'POSTED' });
    expect(await depositOf(outletId)).toEqual({
      available: 1_000_000 - inquiry.depositCharge + inquiry.commission,
      held: 0,
    });
    expect(await db.receipt.count({ where: { transactionId: inquiry.id } })).toBe(1);
    await expectLedgerBalanced();
  });

  it('a pending answer keeps the hold; advice failure releases it, with no gateway refund', async () => {
    const { outletId, cashier } = await counter(1_000_000);
    const inquiry = await inquire(cashier, idpel('0004'));
    expect((await pay(cashier, inquiry.id, inquiry.totalToCollect)).status).toBe('PENDING_BILLER');
    expect(await holdOf(inquiry.id)).toMatchObject({ status: 'HELD' });

    await settleUntil(h.billerSwitch, inquiry.id, ['FAILED']);
    expect(await holdOf(inquiry.id)).toMatchObject({ status: 'RELEASED' });
    expect(await depositOf(outletId)).toEqual({ available: 1_000_000, held: 0 });
    expect(await db.refund.count({ where: { transactionId: inquiry.id } })).toBe(0);
    expect(
      await db.ledgerTransaction.count({
        where: { kind: 'AGENT_COMMISSION', transactionId: inquiry.id },
      }),
    ).toBe(0);
    await expectLedgerBalanced();
  });

  it('refuses without an open shift, with too little cash, or without a product: nothing held', async () => {
    const { outletId, cashier } = await counter(1_000_000);
    const inquiry = await inquire(cashier, idpel());
    await expect(pay(cashier, inquiry.id, inquiry.totalToCollect - 1)).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { cashReceived: ['cashTooLow'] } },
    });
    const token = await inquire(cashier, '14000000001', 'PLN_PREPAID');
    await expect(pay(cashier, token.id, 100_000)).rejects.toMatchObject({
      messageKey: 'chooseProductFirst',
    });
    await db.shift.updateMany({
      where: { cashierId: cashier.id },
      data: { openKey: null, closedAt: new Date() },
    });
    await expect(pay(cashier, inquiry.id, inquiry.totalToCollect)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'shiftNotOpen',
    });
    expect(await db.depositHold.count({ where: { outletId } })).toBe(0);
    expect(await depositOf(outletId)).toEqual({ available: 1_000_000, held: 0 });
    expect((await db.transaction.findUniqueOrThrow({ where: { id: inquiry.id } })).status).toBe(
      'INQUIRED',
    );
  });

  it('a cashier of another outlet cannot see or pay this outlet’s inquiry', async () => {
    const here = await counter(1_000_000);
    const there = await counter(1_000_000);
    const inquiry = await inquire(here.cashier, idpel());
    await expect(pay(there.cashier, inquiry.id, inquiry.totalToCollect)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      selectCounterProduct({
        actor: there.cashier,
        transactionId: inquiry.id,
        productCode: 'PLNPRE20',
        now: AFTERNOON,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.depositHold.count({ where: { transactionId: inquiry.id } })).toBe(0);
  });
});
