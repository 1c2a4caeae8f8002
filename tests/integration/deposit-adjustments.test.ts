import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { adjustmentLedgerKey } from '@/lib/domain/deposit-adjustment';
import type { Actor } from '@/lib/server/actor';
import { getOutletDetail } from '@/lib/server/admin/people/get-outlet-detail';
import { adjustDeposit } from '@/lib/server/deposits/adjust-deposit';
import { listDepositAdjustments } from '@/lib/server/deposits/list-deposit-adjustments';
import { listDepositStatement } from '@/lib/server/deposits/list-deposit-statement';
import { listOutletStatement } from '@/lib/server/deposits/list-outlet-statement';
import { depositOf, depositRunningBalances, outletWithCashier } from '../support/deposits';
import { createUser } from '../support/factories';
import { expectLedgerBalanced } from '../support/payments';

const newAdmin = async () => (await createUser({ role: 'ADMIN', name: 'Admin Uji' })).actor;

function adjust(
  actor: Actor | null,
  outletId: string,
  fields: Partial<Record<'direction' | 'amount' | 'reason' | 'idempotencyKey', unknown>> = {},
) {
  return adjustDeposit({
    actor,
    adjustment: {
      outletId,
      direction: 'ADD',
      amount: '100.000',
      reason: 'Kompensasi gangguan biller 12 Nov',
      idempotencyKey: randomUUID(),
      ...fields,
    },
    ipAddress: '203.0.113.7',
  });
}

/** What an adjustment writes, counted for one outlet: nothing of it may appear on a refusal. */
async function written(outletId: string) {
  const [adjustments, postings, audits] = await Promise.all([
    db.depositAdjustment.count({ where: { outletId } }),
    db.ledgerTransaction.count({
      where: { idempotencyKey: { startsWith: 'deposit-adjustment:' } },
    }),
    db.auditEntry.count({ where: { action: 'deposit.adjusted', targetId: outletId } }),
  ]);
  return { adjustments, postings, audits, deposit: await depositOf(outletId) };
}

describe('an admin adjusts a deposit', () => {
  it('adds then subtracts with reasons: balances, ledger, audit and both statements agree', async () => {
    const admin = await newAdmin();
    const { outlet, owner } = await outletWithCashier();

    const added = await adjust(admin, outlet.id, { amount: 'Rp 250.000' });
    expect(added).toMatchObject({ amount: 250_000, available: 250_000, replayed: false });
    const taken = await adjust(admin, outlet.id, {
      direction: 'SUBTRACT',
      amount: 75_000,
      reason: '  Kredit ganda isi ulang VA, dikoreksi  ',
    });
    expect(taken).toMatchObject({ amount: -75_000, available: 175_000, replayed: false });
    expect(await depositOf(outlet.id)).toEqual({ available: 175_000, held: 0 });
    await expectLedgerBalanced();

    // Each adjustment is one posting against the adjustments account, keyed by the adjustment.
    const posting = await db.ledgerTransaction.findUniqueOrThrow({
      where: { idempotencyKey: adjustmentLedgerKey(taken.adjustmentId) },
      include: { entries: { include: { account: true } } },
    });
    expect(posting.kind).toBe('DEPOSIT_ADJUSTMENT');
    expect(posting.entries.map((e) => [e.account.code, e.debit, e.credit]).sort()).toEqual(
      [
        ['deposit_adjustments', 0, 75_000],
        [`deposit:${outlet.id}`, 75_000, 0],
      ].sort(),
    );

    const audits = await db.auditEntry.findMany({
      where: { action: 'deposit.adjusted', targetId: outlet.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(audits).toHaveLength(2);
    expect(audits.every((a) => a.actorId === admin.id && a.targetType === 'Outlet')).toBe(true);
    expect(audits.every((a) => a.ipAddress === '203.0.113.7')).toBe(true);
    expect(audits.map((a) => JSON.parse(a.changes))).toEqual([
      {
        before: { available: 0 },
        after: {
          available: 250_000,
          adjustmentId: added.adjustmentId,
          amount: 250_000,
          reason: 'Kompensasi gangguan biller 12 Nov',
        },
      },
      {
        before: { available: 250_000 },
        after: {
          available: 175_000,
          adjustmentId: taken.adjustmentId,
          amount: -75_000,
          reason: 'Kredit ganda isi ulang VA, dikoreksi',
        },
      },
    ]);

    // The owner reads each adjustment with its reason; the back office reads the same lines.
    const statement = await listDepositStatement({ actor: owner, filters: { page: 1 } });
    expect(
      statement.lines.map((l) => [l.kind, l.amount, l.balanceAfter, l.adjustment?.reason]),
    ).toEqual([
      ['adjustment', -75_000, 175_000, 'Kredit ganda isi ulang VA, dikoreksi'],
      ['adjustment', 250_000, 250_000, 'Kompensasi gangguan biller 12 Nov'],
    ]);
    const adminView = await listOutletStatement({
      actor: admin,
      outletId: outlet.id,
      filters: { page: 1 },
      locale: 'en',
    });
    expect(adminView.lines).toEqual(statement.lines);

    const history = await listDepositAdjustments({ actor: admin, outletId: outlet.id, page: 1 });
    expect(history.rows.map((r) => [r.amount, r.reason, r.createdBy.id])).toEqual([
      [-75_000, 'Kredit ganda isi ulang VA, dikoreksi', admin.id],
      [250_000, 'Kompensasi gangguan biller 12 Nov', admin.id],
    ]);
    const detail = await getOutletDetail({ actor: admin, outletId: outlet.id });
    expect(detail.deposit).toEqual({ available: 175_000, held: 0, low: false });
    expect(detail.cashiers).toHaveLength(1);
  });

  it('is refused to agents, customers and the anonymous, and nothing is written', async () => {
    const { outlet, owner, cashier } = await outletWithCashier();
    const customer = (await createUser({ role: 'CUSTOMER' })).actor;
    const before = await written(outlet.id);
    await expect(adjust(owner, outlet.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(adjust(cashier, outlet.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(adjust(customer, outlet.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(adjust(null, outlet.id)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await written(outlet.id)).toEqual(before);
    // The back office's reads are the admin's alone too.
    await expect(getOutletDetail({ actor: owner, outletId: outlet.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      listOutletStatement({
        actor: owner,
        outletId: outlet.id,
        filters: { page: 1 },
        locale: 'id',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      listDepositAdjustments({ actor: null, outletId: outlet.id, page: 1 }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('needs a reason and a valid amount: field errors, nothing written', async () => {
    const admin = await newAdmin();
    const { outlet } = await outletWithCashier();
    const before = await written(outlet.id);
    await expect(adjust(admin, outlet.id, { reason: undefined })).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { reason: ['adjustmentReasonTooShort'] } },
    });
    await expect(adjust(admin, outlet.id, { reason: '  terlalu  ' })).rejects.toMatchObject({
      options: { fieldErrors: { reason: ['adjustmentReasonTooShort'] } },
    });
    await expect(adjust(admin, outlet.id, { amount: '0' })).rejects.toMatchObject({
      options: { fieldErrors: { amount: ['adjustmentAmountInvalid'] } },
    });
    await expect(adjust(admin, outlet.id, { amount: '100.000.001' })).rejects.toMatchObject({
      options: { fieldErrors: { amount: ['adjustmentAmountTooLarge'] } },
    });
    await expect(adjust(admin, outlet.id, { direction: 'SET' })).rejects.toMatchObject({
      options: { fieldErrors: { direction: ['adjustmentDirectionRequired'] } },
    });
    expect(await written(outlet.id)).toEqual(before);
  });

  it('refuses an unknown outlet as not found', async () => {
    const admin = await newAdmin();
    const count = await db.depositAdjustment.count();
    await expect(adjust(admin, 'no-such-outlet')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'outletNotFound',
    });
    await expect(
      getOutletDetail({ actor: admin, outletId: 'no-such-outlet' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.depositAdjustment.count()).toBe(count);
  });

  it('posts once for a replayed key, and refuses the key with other content', async () => {
    const admin = await newAdmin();
    const { outlet } = await outletWithCashier();
    const key = randomUUID();
    const first = await adjust(admin, outlet.id, { idempotencyKey: key, amount: 40_000 });
    const again = await adjust(admin, outlet.id, { idempotencyKey: key, amount: '40.000' });
    expect(again).toEqual({ ...first, replayed: true });
    // A double click: the same request many times at once adjusts once.
    const clicks = await Promise.all(
      Array.from({ length: 5 }, () =>
        adjust(admin, outlet.id, { idempotencyKey: key, amount: 40_000 }),
      ),
    );
    expect(new Set(clicks.map((c) => c.adjustmentId))).toEqual(new Set([first.adjustmentId]));
    expect(await written(outlet.id)).toMatchObject({
      adjustments: 1,
      audits: 1,
      deposit: { available: 40_000, held: 0 },
    });

    await expect(
      adjust(admin, outlet.id, { idempotencyKey: key, amount: 41_000 }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'idempotencyKeyReused' });
    await expect(
      adjust(admin, outlet.id, {
        idempotencyKey: key,
        amount: 40_000,
        reason: 'Alasan yang lain sama sekali',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'idempotencyKeyReused' });
    const other = await outletWithCashier();
    await expect(
      adjust(admin, other.outlet.id, { idempotencyKey: key, amount: 40_000 }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'idempotencyKeyReused' });
    expect(await written(outlet.id)).toMatchObject({ adjustments: 1, audits: 1 });
    expect(await written(other.outlet.id)).toMatchObject({ adjustments: 0, audits: 0 });
    await expectLedgerBalanced();
  });

  it('never takes the deposit below zero: more than available is refused, nothing written', async () => {
    const admin = await newAdmin();
    const { outlet } = await outletWithCashier();
    await adjust(admin, outlet.id, { amount: 50_000 });
    const before = await written(outlet.id);
    const refusal = adjust(admin, outlet.id, { direction: 'SUBTRACT', amount: 50_001 });
    await expect(refusal).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'depositAdjustmentInsufficient',
      options: {
        params: { available: 'Rp50.000' },
        fieldErrors: {
          amount: [
            { key: 'validation.adjustmentExceedsAvailable', params: { available: 'Rp50.000' } },
          ],
        },
      },
    });
    expect(await written(outlet.id)).toEqual(before);
    // Exactly what is available may be taken.
    await expect(
      adjust(admin, outlet.id, { direction: 'SUBTRACT', amount: 50_000 }),
    ).resolves.toMatchObject({ available: 0 });
    await expectLedgerBalanced();
  });

  it('10 subtractions of Rp30.000 at once from Rp100.000: exactly 3 pass, never below zero', async () => {
    const admin = await newAdmin();
    const { outlet } = await outletWithCashier();
    await adjust(admin, outlet.id, { amount: 100_000 });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        adjust(admin, outlet.id, {
          direction: 'SUBTRACT',
          amount: 30_000,
          reason: `Koreksi serentak nomor ${i + 1}`,
        }),
      ),
    );
    const passed = results.filter((r) => r.status === 'fulfilled');
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(passed).toHaveLength(3);
    expect(refused).toHaveLength(7);
    for (const reason of refused) {
      expect(reason).toMatchObject({
        code: 'CONFLICT',
        messageKey: 'depositAdjustmentInsufficient',
      });
    }
    expect(await depositOf(outlet.id)).toEqual({ available: 10_000, held: 0 });
    const running = await depositRunningBalances(outlet.id);
    expect(running).toEqual([100_000, 70_000, 40_000, 10_000]);
    expect(await written(outlet.id)).toMatchObject({ adjustments: 4, audits: 4 });
    await expectLedgerBalanced();
  });
});
