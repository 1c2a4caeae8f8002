import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createHttpBillerSettlement } from '@/lib/integrations/biller-switch/settlement';
import { createHttpGatewaySettlement } from '@/lib/integrations/payment-gateway/settlement';
import type { Actor } from '@/lib/server/actor';
import { exportRun } from '@/lib/server/admin/reconciliation/export-run';
import { getRun } from '@/lib/server/admin/reconciliation/get-run';
import { importSettlement } from '@/lib/server/admin/reconciliation/import-settlement';
import { listRuns } from '@/lib/server/admin/reconciliation/list-runs';
import { resolveItem } from '@/lib/server/admin/reconciliation/resolve-item';
import { createUser } from '../support/factories';
import {
  checkout,
  GATEWAY_KEY,
  startPaymentHarness,
  waitForStatus,
  type PaymentHarness,
} from '../support/payments';

// Reconciliation against the real sandbox: real payments give it settlement rows, the control
// API plants differences, and the report shows exactly those.

const BILLER_KEY = 'sandbox-biller-key-not-a-secret';
const WIB_MS = 7 * 60 * 60 * 1000;
const wibDay = (instant: Date) => new Date(instant.getTime() + WIB_MS).toISOString().slice(0, 10);

let h: PaymentHarness;
let admin: Actor;
let paid: { transactionId: string; chargeId: string; billerPaymentId: string; owed: number }[];
let date: string;

const gatewayFeed = () =>
  createHttpGatewaySettlement({
    baseUrl: `${h.sandbox.url}/gateway`,
    serverKey: GATEWAY_KEY,
    timeoutMs: 5_000,
    maxBytes: 5 * 1024 * 1024,
  });
const billerFeed = () =>
  createHttpBillerSettlement({
    baseUrl: `${h.sandbox.url}/h2h`,
    partnerId: 'loket',
    key: BILLER_KEY,
    timeoutMs: 5_000,
    maxBytes: 5 * 1024 * 1024,
  });

async function itemsOf(runId: string) {
  const items = await db.reconciliationItem.findMany({ where: { runId } });
  return Object.fromEntries(items.map((item) => [item.reference, item]));
}

beforeAll(async () => {
  h = await startPaymentHarness();
  admin = (await createUser({ role: 'ADMIN' })).actor;
  paid = [];
  for (let n = 0; n < 4; n += 1) {
    const { transactionId, charge } = await checkout(h, { channel: 'BCA' });
    expect((await h.payCharge(charge.gatewayChargeId)).status).toBe(200);
    const done = await waitForStatus(transactionId, 'SUCCESS');
    paid.push({
      transactionId,
      chargeId: charge.gatewayChargeId,
      billerPaymentId: done.billerPaymentId ?? '',
      owed: done.billAmount + done.penalty,
    });
  }
  await h.quiesce();
  const charge = await db.paymentCharge.findFirstOrThrow({ where: { status: 'PAID' } });
  date = wibDay(charge.paidAt ?? new Date());
}, 60_000);
afterAll(() => h?.stop());

describe('the gateway settlement', () => {
  it('shows exactly the planted differences and matches the rest', async () => {
    const [a, b, c, d] = paid.map((p) => p.chargeId);
    const planted = await h.control('POST', '/control/settlement/gateway', {
      date,
      alter: [{ reference: b, amount: 1 }],
      drop: [c],
      add: [
        {
          type: 'PAYMENT',
          reference: 'ch_planted_extra',
          charge_id: 'ch_planted_extra',
          order_id: 'unknown',
          channel: 'BCA',
          gross_amount: 50_000,
          fee: 4_000,
          net_amount: 46_000,
          settled_at: new Date().toISOString(),
        },
      ],
    });
    expect(planted.status).toBe(201);

    const { runId, created } = await importSettlement({
      actor: admin,
      source: 'GATEWAY',
      settlementDate: date,
      feed: gatewayFeed(),
    });
    expect(created).toBe(true);
    const items = await itemsOf(runId);
    const outcomes = Object.fromEntries(
      Object.entries(items).map(([reference, item]) => [reference, item.outcome]),
    );
    expect(outcomes).toEqual({
      [a!]: 'MATCHED',
      [b!]: 'AMOUNT_DIFFERS',
      [c!]: 'ONLY_OURS',
      [d!]: 'MATCHED',
      ch_planted_extra: 'ONLY_THEIRS',
    });
    expect(items[b!]).toMatchObject({
      theirAmount: 1,
      status: 'OPEN',
      transactionId: paid[1]!.transactionId,
    });
    expect(items[a!]).toMatchObject({ status: 'RESOLVED' });
    expect(await db.reconciliationRun.findUniqueOrThrow({ where: { id: runId } })).toMatchObject({
      matchedCount: 2,
      differCount: 1,
      onlyTheirsCount: 1,
      onlyOursCount: 1,
      importedById: admin.id,
    });

    // The same file again is the same run.
    const again = await importSettlement({
      actor: admin,
      source: 'GATEWAY',
      settlementDate: date,
      feed: gatewayFeed(),
    });
    expect(again).toEqual({ runId, created: false });
    expect(await db.reconciliationRun.count()).toBe(1);
    expect(
      await db.auditEntry.count({ where: { action: 'reconciliation.import', targetId: runId } }),
    ).toBe(1);

    // Two admins resolve the same difference at once: one note is kept.
    const other = (await createUser({ role: 'ADMIN' })).actor;
    const results = await Promise.allSettled([
      resolveItem({ actor: admin, itemId: items[b!]!.id, note: 'Gateway short-paid; claimed.' }),
      resolveItem({ actor: other, itemId: items[b!]!.id, note: 'Checked with the bank.' }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.reason).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'reconciliationItemResolved',
    });
    expect(
      await db.auditEntry.count({
        where: { action: 'reconciliation.resolve', targetId: items[b!]!.id },
      }),
    ).toBe(1);

    const detail = await getRun({ actor: admin, runId, filters: { status: 'OPEN' } });
    expect(detail.items.map((item) => item.reference).sort()).toEqual(
      [c!, 'ch_planted_extra'].sort(),
    );
    const { csv } = await exportRun({ actor: admin, runId });
    expect(csv.split('\r\n')).toHaveLength(1 + 5 + 1);
    expect(csv).toContain(`AMOUNT_DIFFERS,${b},${paid[1]!.transactionId},1,`);
    expect((await listRuns({ actor: admin })).runs.map((run) => run.id)).toEqual([runId]);
  });

  it('refuses a malformed file and changes nothing', async () => {
    const before = await db.reconciliationRun.count();
    const file =
      'type,reference,charge_id,order_id,channel,gross_amount,fee,net_amount,settled_at\n' +
      'PAYMENT,ch_x,ch_x,o,BCA,abc,0,0,2026-11-24T03:00:00Z\n';
    await expect(
      importSettlement({
        actor: admin,
        source: 'GATEWAY',
        settlementDate: date,
        file: { name: 'bad.csv', bytes: new TextEncoder().encode(file) },
      }),
    ).rejects.toMatchObject({
      messageKey: 'settlementFileRow',
      options: { params: { line: 2, column: 'gross_amount' } },
    });
    expect(await db.reconciliationRun.count()).toBe(before);
    expect(await db.auditEntry.count({ where: { action: 'reconciliation.import' } })).toBe(before);
  });

  it('lets only admins import, read and resolve', async () => {
    for (const role of ['CUSTOMER', 'AGENT'] as const) {
      const { actor } = await createUser({ role });
      await expect(
        importSettlement({ actor, source: 'GATEWAY', settlementDate: date, feed: gatewayFeed() }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listRuns({ actor })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(resolveItem({ actor, itemId: 'x', note: 'not mine' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    await expect(listRuns({ actor: null })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('the biller settlement', () => {
  it('matches payments by our reference and the amount owed to the biller', async () => {
    const [a, b, c] = paid;
    const planted = await h.control('POST', '/control/settlement/billers', {
      date,
      alter: [{ reference: a!.billerPaymentId, amount: a!.owed + 500 }],
      drop: [b!.billerPaymentId],
      add: [
        {
          switch_ref: 'PAY-planted',
          biller_ref: 'SBX000',
          customer_no: '530000000001',
          product: 'PLN_POSTPAID',
          amount: 75_000,
          paid_at: new Date().toISOString(),
        },
      ],
    });
    expect(planted.status).toBe(201);
    const { runId } = await importSettlement({
      actor: admin,
      source: 'BILLER',
      settlementDate: date,
      feed: billerFeed(),
    });
    const items = await itemsOf(runId);
    expect(items[a!.billerPaymentId]).toMatchObject({
      outcome: 'AMOUNT_DIFFERS',
      ourAmount: a!.owed,
      theirAmount: a!.owed + 500,
    });
    expect(items[b!.billerPaymentId]).toMatchObject({ outcome: 'ONLY_OURS' });
    expect(items[c!.billerPaymentId]).toMatchObject({ outcome: 'MATCHED' });
    expect(items['PAY-planted']).toMatchObject({ outcome: 'ONLY_THEIRS', transactionId: null });
    expect(Object.keys(items)).toHaveLength(5);
  });
});
