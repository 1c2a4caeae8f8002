import 'server-only';
import { db } from '@/lib/db';
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
  | { kind: 'CACHED_BALANCE_MISMATCH'; accountCode: string; cached: number; derived: number };

export type LedgerCheckReport = {
  ok: boolean;
  totals: { debit: number; credit: number };
  problems: LedgerProblem[];
};

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
  const mismatched = (await accountBalances()).filter((a) => a.balance !== a.derivedBalance);

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
  ];
  return { ok: problems.length === 0, totals, problems };
}
