import 'server-only';
import { db } from '@/lib/db';

export type AccountBalance = {
  code: string;
  name: string;
  type: string;
  /** Cached on the account: debit minus credit. */
  balance: number;
  /** Recomputed from its entries: sum(debit - credit). */
  derivedBalance: number;
};

type Row = { code: string; name: string; type: string; balance: unknown; derived: unknown };

/** Every account with its cached balance and the balance its entries add up to, by code. */
export async function accountBalances(): Promise<AccountBalance[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT a."code", a."name", a."type", a."balance",
      COALESCE(SUM(e."debit" - e."credit"), 0) AS "derived"
    FROM "LedgerAccount" a
    LEFT JOIN "LedgerEntry" e ON e."accountId" = a."id"
    GROUP BY a."id", a."code", a."name", a."type", a."balance"
    ORDER BY a."code"`;
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    type: row.type,
    balance: Number(row.balance),
    derivedBalance: Number(row.derived),
  }));
}
