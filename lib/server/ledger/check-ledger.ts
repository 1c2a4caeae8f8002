import 'server-only';
import { db } from '@/lib/db';
import { depositHoldsAccountCode, isOutletAccount, normalBalance } from '@/lib/domain/ledger';
import { accountBalances } from './account-balances';

export type LedgerProblem =
  | {
      kind: 'UNBALANCED_TRANSACTION';
      ledgerTransactionId: string;
      idempotencyKey: string;
      lines: number;
      debit: number;
      credit: number;
    }
  | {
      kind: 'MALFORMED_ENTRY';
      entryId: string;
      ledgerTransactionId: string;
      debit: number;
      credit: number;
    }
  | { kind: 'TRIAL_BALANCE'; debit: number; credit: number }
  | { kind: 'CACHED_BALANCE_MISMATCH'; accountCode: string; cached: number; derived: number }
  | { kind: 'NEGATIVE_DEPOSIT'; accountCode: string; owed: number }
  | { kind: 'DEPOSIT_HOLDS_MISMATCH'; outletId: string; held: number; ledger: number };

export type LedgerCheckReport = {
  ok: boolean;
  totals: { debit: number; credit: number };
  problems: LedgerProblem[];
};

type HoldsRow = { outletId: string; held: unknown; balance: unknown };

type UnbalancedRow = {
  id: string;
  idempotencyKey: string;
  lines: unknown;
  debit: unknown;
  credit: unknown;
};

/**
 * Recomputes what the ledger promises: every transaction balances (with at least two lines),
 * every entry is one positive debit or credit, all debits equal all credits, and each account's
 * cached balance equals its entries. The sums run in SQL; only problem rows come back.
 */
export async function checkLedger(): Promise<LedgerCheckReport> {
  const unbalanced = await db.$queryRaw<UnbalancedRow[]>`
    SELECT t."id", t."idempotencyKey", COUNT(e."id") AS "lines",
      COALESCE(SUM(e."debit"), 0) AS "debit", COALESCE(SUM(e."credit"), 0) AS "credit"
    FROM "LedgerTransaction" t
    LEFT JOIN "LedgerEntry" e ON e."ledgerTransactionId" = t."id"
    GROUP BY t."id", t."idempotencyKey"
    HAVING COUNT(e."id") < 2 OR COALESCE(SUM(e."debit"), 0) <> COALESCE(SUM(e."credit"), 0)
    ORDER BY t."id"`;
  const malformed = await db.ledgerEntry.findMany({
    where: {
      OR: [
        { debit: { lt: 0 } },
        { credit: { lt: 0 } },
        { debit: 0, credit: 0 },
        { debit: { gt: 0 }, credit: { gt: 0 } },
      ],
    },
    select: { id: true, ledgerTransactionId: true, debit: true, credit: true },
    orderBy: { id: 'asc' },
  });
  const sums = await db.ledgerEntry.aggregate({ _sum: { debit: true, credit: true } });
  const totals = { debit: sums._sum.debit ?? 0, credit: sums._sum.credit ?? 0 };
  const accounts = await accountBalances();
  const mismatched = accounts.filter((a) => a.balance !== a.derivedBalance);
  // What the ledger owes an outlet is never negative, and its holds account says exactly what
  // its HELD deposit holds add up to.
  const negative = accounts.filter(
    (a) => isOutletAccount(a.code) && normalBalance('LIABILITY', a.balance) < 0,
  );
  // One statement, so the holds and the account are read at the same moment.
  const holds = await db.$queryRaw<HoldsRow[]>`
    SELECT o."id" AS "outletId",
      (SELECT COALESCE(SUM(h."amount"), 0) FROM "DepositHold" h
        WHERE h."outletId" = o."id" AND h."status" = 'HELD') AS "held",
      (SELECT COALESCE(SUM(a."balance"), 0) FROM "LedgerAccount" a
        WHERE a."code" = ${depositHoldsAccountCode('')} || o."id") AS "balance"
    FROM "Outlet" o
    ORDER BY o."id"`;
  const holdsMismatched = holds.flatMap((row) => {
    const held = Number(row.held);
    const ledger = normalBalance('LIABILITY', Number(row.balance));
    return held === ledger ? [] : [{ outletId: row.outletId, held, ledger }];
  });

  const problems: LedgerProblem[] = [
    ...unbalanced.map((row) => ({
      kind: 'UNBALANCED_TRANSACTION' as const,
      ledgerTransactionId: row.id,
      idempotencyKey: row.idempotencyKey,
      lines: Number(row.lines),
      debit: Number(row.debit),
      credit: Number(row.credit),
    })),
    ...malformed.map(({ id, ...entry }) => ({
      kind: 'MALFORMED_ENTRY' as const,
      entryId: id,
      ...entry,
    })),
    ...(totals.debit === totals.credit ? [] : [{ kind: 'TRIAL_BALANCE' as const, ...totals }]),
    ...mismatched.map((a) => ({
      kind: 'CACHED_BALANCE_MISMATCH' as const,
      accountCode: a.code,
      cached: a.balance,
      derived: a.derivedBalance,
    })),
    ...negative.map((a) => ({
      kind: 'NEGATIVE_DEPOSIT' as const,
      accountCode: a.code,
      owed: normalBalance('LIABILITY', a.balance),
    })),
    ...holdsMismatched.map((row) => ({ kind: 'DEPOSIT_HOLDS_MISMATCH' as const, ...row })),
  ];
  return { ok: problems.length === 0, totals, problems };
}
