import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import {
  billerConfirmedPostings,
  fundsConfirmedPostings,
  LedgerError,
  netByAccount,
  refundOwedPostings,
  refundPaidPostings,
  type Posting,
} from '@/lib/domain/ledger';
import { accountBalances } from '@/lib/server/ledger/account-balances';
import { checkLedger, type LedgerProblem } from '@/lib/server/ledger/check-ledger';
import { IdempotencyConflictError, InsufficientBalanceError } from '@/lib/server/ledger/errors';
import {
  postLedgerTransaction,
  type PostLedgerTransactionInput,
} from '@/lib/server/ledger/post-ledger-transaction';

// Tests share one database file, so they compare balances before and after, never absolutes.
const post = (input: PostLedgerTransactionInput) =>
  db.$transaction((tx) => postLedgerTransaction(tx, input));

async function balances(): Promise<Record<string, number>> {
  return Object.fromEntries((await accountBalances()).map((a) => [a.code, a.balance]));
}

function change(before: Record<string, number>, after: Record<string, number>) {
  const codes = Object.keys(after).filter((code) => after[code] !== (before[code] ?? 0));
  return Object.fromEntries(codes.map((code) => [code, after[code]! - (before[code] ?? 0)]));
}

function event(kind: string, transactionId: string, postings: Posting[]) {
  return {
    idempotencyKey: `txn:${transactionId}:${kind}`,
    kind,
    transactionId,
    description: kind,
    postings,
  };
}

describe('a bill payment in the ledger', () => {
  it('posts funds confirmed, then biller confirmed, balanced and on the right accounts', async () => {
    const before = await balances();
    const id = randomUUID();
    await post(event('FUNDS_CONFIRMED', id, fundsConfirmedPostings({ total: 152_500 })));
    expect(change(before, await balances())).toEqual({
      gateway_clearing: 152_500,
      customer_funds_held: -152_500,
    });
    const billerPosting = billerConfirmedPostings({ billAmount: 150_000, fees: 2_500 });
    await post(event('BILLER_CONFIRMED', id, billerPosting));
    expect(change(before, await balances())).toEqual({
      gateway_clearing: 152_500,
      biller_payable: -150_000,
      fee_revenue: -2_500,
    });
    const account = await db.ledgerAccount.findUniqueOrThrow({ where: { code: 'fee_revenue' } });
    expect(account).toMatchObject({ type: 'REVENUE', name: 'Fee revenue' });
    expect(
      await db.ledgerEntry.count({ where: { ledgerTransaction: { transactionId: id } } }),
    ).toBe(5);
    expect(await checkLedger()).toMatchObject({ ok: true, problems: [] });
  });

  it('returns everything to zero after funds confirmed, refund owed and refund paid', async () => {
    const before = await balances();
    const id = randomUUID();
    await post(event('FUNDS_CONFIRMED', id, fundsConfirmedPostings({ total: 52_500 })));
    await post(event('REFUND_OWED', id, refundOwedPostings({ total: 52_500 })));
    expect(change(before, await balances())).toEqual({
      gateway_clearing: 52_500,
      refunds_payable: -52_500,
    });
    await post(event('REFUND_PAID', id, refundPaidPostings({ total: 52_500 })));
    expect(change(before, await balances())).toEqual({});
    expect(await checkLedger()).toMatchObject({ ok: true, problems: [] });
  });
});

describe('postLedgerTransaction', () => {
  it('posts 50 concurrent requests with one key exactly once', async () => {
    const before = await balances();
    const input = event('FUNDS_CONFIRMED', randomUUID(), fundsConfirmedPostings({ total: 10_000 }));
    const results = await Promise.all(Array.from({ length: 50 }, () => post(input)));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(
      await db.ledgerTransaction.count({ where: { idempotencyKey: input.idempotencyKey } }),
    ).toBe(1);
    expect(await db.ledgerEntry.count({ where: { ledgerTransactionId: results[0]!.id } })).toBe(2);
    expect(change(before, await balances())).toEqual({
      gateway_clearing: 10_000,
      customer_funds_held: -10_000,
    });
  });

  it('skips a repeated key inside a larger DB transaction and lets the rest commit', async () => {
    const id = randomUUID();
    const funds = event('FUNDS_CONFIRMED', id, fundsConfirmedPostings({ total: 20_000 }));
    const first = await post(funds);
    const refund = event('REFUND_OWED', id, refundOwedPostings({ total: 20_000 }));
    const [again, next] = await db.$transaction(async (tx) => [
      await postLedgerTransaction(tx, funds),
      await postLedgerTransaction(tx, refund),
    ]);
    expect(again).toEqual({ id: first.id, created: false });
    expect(next?.created).toBe(true);
    expect(await db.ledgerTransaction.count({ where: { transactionId: id } })).toBe(2);
  });

  it('refuses a used key for a different posting', async () => {
    const input = event('FUNDS_CONFIRMED', randomUUID(), fundsConfirmedPostings({ total: 30_000 }));
    await post(input);
    const other = { ...input, postings: fundsConfirmedPostings({ total: 30_001 }) };
    await expect(post(other)).rejects.toBeInstanceOf(IdempotencyConflictError);
    await expect(post({ ...input, kind: 'OTHER' })).rejects.toBeInstanceOf(
      IdempotencyConflictError,
    );
  });

  it('creates an unknown account only with a type, and refuses a type that contradicts it', async () => {
    const postings = [
      { accountCode: 'gateway_clearing', debit: 1_000 },
      { accountCode: 'owner_capital', credit: 1_000 },
    ];
    const input = {
      idempotencyKey: `capital:${randomUUID()}`,
      kind: 'CAPITAL',
      description: 'capital',
      postings,
    };
    await expect(post(input)).rejects.toBeInstanceOf(LedgerError);
    await post({ ...input, accountTypes: { owner_capital: 'EQUITY' } });
    expect(await db.ledgerAccount.findUnique({ where: { code: 'owner_capital' } })).toMatchObject({
      type: 'EQUITY',
    });
    const wrong = {
      ...input,
      idempotencyKey: randomUUID(),
      accountTypes: { owner_capital: 'ASSET' as const },
    };
    await expect(post(wrong)).rejects.toThrow(/owner_capital is EQUITY, expected ASSET/);
  });

  it('never takes a guarded deposit below zero, whatever the concurrency', async () => {
    const deposit = 'deposit:test';
    await post({
      idempotencyKey: 'topup:test',
      kind: 'DEPOSIT_TOPUP',
      description: 'agent top-up',
      postings: [
        { accountCode: 'gateway_clearing', debit: 500_000 },
        { accountCode: deposit, credit: 500_000 },
      ],
    });
    const sale = (i: number) =>
      post({
        idempotencyKey: `sale:test:${i}`,
        kind: 'AGENT_SALE',
        description: 'agent pays a bill from the deposit',
        postings: [
          { accountCode: deposit, debit: 10_000 },
          { accountCode: 'customer_funds_held', credit: 10_000 },
        ],
        forbidNegative: [deposit],
      });
    const results = await Promise.allSettled(Array.from({ length: 100 }, (_, i) => sale(i)));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(50);
    expect(refused).toHaveLength(50);
    for (const reason of refused) expect(reason).toBeInstanceOf(InsufficientBalanceError);
    const account = await db.ledgerAccount.findUniqueOrThrow({ where: { code: deposit } });
    expect(account).toMatchObject({ type: 'LIABILITY', balance: 0 });
    expect(await db.ledgerTransaction.count({ where: { kind: 'AGENT_SALE' } })).toBe(50);
    expect(await checkLedger()).toMatchObject({ ok: true, problems: [] });
  });
});

// A model of one payment: AWAITING -> PAID -> (DELIVERED | REFUND_OWED -> REFUNDED).
const STEPS = {
  FUNDS_CONFIRMED: { from: 'AWAITING', to: 'PAID' },
  BILLER_CONFIRMED: { from: 'PAID', to: 'DELIVERED' },
  REFUND_OWED: { from: 'PAID', to: 'REFUND_OWED' },
  REFUND_PAID: { from: 'REFUND_OWED', to: 'REFUNDED' },
} as const;
type Kind = keyof typeof STEPS;
type Payment = { id: string; billAmount: number; fees: number; state: string; done: Set<Kind> };

function postingsOf(kind: Kind, { billAmount, fees }: Payment): Posting[] {
  const total = billAmount + fees;
  if (kind === 'FUNDS_CONFIRMED') return fundsConfirmedPostings({ total });
  if (kind === 'BILLER_CONFIRMED') return billerConfirmedPostings({ billAmount, fees });
  if (kind === 'REFUND_OWED') return refundOwedPostings({ total });
  return refundPaidPostings({ total });
}

async function expectLedgerMatches(
  before: Record<string, number>,
  expected: Record<string, number>,
  paymentIds: string[],
) {
  expect(await checkLedger()).toMatchObject({ ok: true, problems: [] });
  const after = await balances();
  expect(Object.values(after).reduce((sum, balance) => sum + balance, 0)).toBe(0);
  const nonZero = Object.entries(expected).filter(([, amount]) => amount !== 0);
  expect(change(before, after)).toEqual(Object.fromEntries(nonZero));
  const repeated = await db.ledgerTransaction.groupBy({
    by: ['transactionId', 'kind'],
    where: { transactionId: { in: paymentIds } },
    having: { id: { _count: { gt: 1 } } },
  });
  expect(repeated).toEqual([]);
}

describe('the ledger under random event orders (model-based)', () => {
  const amountsArb = fc.record({
    billAmount: fc.integer({ min: 1, max: 5_000_000 }),
    fees: fc.nat({ max: 10_000 }),
  });
  const stepArb = fc.record({
    payment: fc.nat(),
    kind: fc.constantFrom(...(Object.keys(STEPS) as Kind[])),
    copies: fc.integer({ min: 1, max: 3 }),
  });
  // size 'max': lengths spread up to 30, not fast-check's default of about 10.
  const stepsArb = fc.array(stepArb, { minLength: 10, maxLength: 30, size: 'max' });

  it('stays balanced, matches the model and posts each event at most once', async () => {
    const property = fc.asyncProperty(
      fc.array(amountsArb, { minLength: 1, maxLength: 3 }),
      stepsArb,
      async (amounts, steps) => {
        const payments: Payment[] = amounts.map((a) => ({
          ...a,
          id: randomUUID(),
          state: 'AWAITING',
          done: new Set(),
        }));
        const before = await balances();
        const expected: Record<string, number> = {};
        for (const step of steps) {
          const payment = payments[step.payment % payments.length]!;
          const fresh = payment.state === STEPS[step.kind].from;
          // A late duplicate of an event already applied still reaches the ledger (as a
          // replayed webhook might); an event the state does not allow yet is dropped.
          if (fresh || payment.done.has(step.kind)) {
            const input = event(step.kind, payment.id, postingsOf(step.kind, payment));
            const copies = Array.from({ length: step.copies }, () => post(input));
            const created = (await Promise.all(copies)).filter((result) => result.created);
            expect(created).toHaveLength(fresh ? 1 : 0);
          }
          if (fresh) {
            payment.state = STEPS[step.kind].to;
            payment.done.add(step.kind);
            for (const [code, net] of netByAccount(postingsOf(step.kind, payment))) {
              expected[code] = (expected[code] ?? 0) + net;
            }
          }
          await expectLedgerMatches(
            before,
            expected,
            payments.map((p) => p.id),
          );
        }
      },
    );
    await fc.assert(property, { numRuns: 50 });
  });
});

function runLedgerCheck(): { status: number; output: string } {
  const args = ['tsx', '--conditions=react-server', 'scripts/ledger-check.ts'];
  try {
    return { status: 0, output: execFileSync('npx', args, { env: process.env, encoding: 'utf8' }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { status: failed.status, output: failed.stdout };
  }
}

// Last in the file: it leaves the ledger corrupt on purpose.
describe('checkLedger and npm run ledger:check', () => {
  it('pass on a clean ledger and catch rows changed behind the ledger’s back', async () => {
    expect(runLedgerCheck()).toMatchObject({
      status: 0,
      output: expect.stringContaining('Ledger OK'),
    });
    const totals = (await checkLedger()).totals;

    await db.ledgerAccount.update({
      where: { code: 'fee_revenue' },
      data: { balance: { increment: 1 } },
    });
    const tampered = await db.ledgerTransaction.create({
      data: { idempotencyKey: 'tampered', kind: 'TAMPERED', description: 'inserted by hand' },
    });
    const account = (code: string) => db.ledgerAccount.findUniqueOrThrow({ where: { code } });
    const gateway = await account('gateway_clearing');
    const fees = await account('fee_revenue');
    await db.ledgerEntry.create({
      data: { ledgerTransactionId: tampered.id, accountId: gateway.id, debit: 999 },
    });
    await db.ledgerEntry.create({
      data: { ledgerTransactionId: tampered.id, accountId: fees.id, debit: 5, credit: 5 },
    });

    const { ok, problems } = await checkLedger();
    expect(ok).toBe(false);
    const found = (kind: LedgerProblem['kind']) => problems.filter((p) => p.kind === kind);
    expect(problems).toHaveLength(5);
    expect(found('UNBALANCED_TRANSACTION')).toMatchObject([
      { ledgerTransactionId: tampered.id, idempotencyKey: 'tampered', lines: 2, debit: 1_004 },
    ]);
    expect(found('MALFORMED_ENTRY')).toMatchObject([{ debit: 5, credit: 5 }]);
    expect(found('TRIAL_BALANCE')).toMatchObject([
      { debit: totals.debit + 1_004, credit: totals.credit + 5 },
    ]);
    expect(found('CACHED_BALANCE_MISMATCH')).toEqual([
      expect.objectContaining({ accountCode: 'fee_revenue', derived: fees.balance - 1 }),
      expect.objectContaining({ accountCode: 'gateway_clearing', derived: gateway.balance + 999 }),
    ]);
    const result = runLedgerCheck();
    expect(result.status).toBe(1);
    expect(result.output).toContain('5 problem(s)');
    expect(result.output).toContain('account fee_revenue: cached balance');
  });
});
