import 'server-only';
import { randomUUID } from 'node:crypto';
import type { DbTransaction } from '@/lib/db';
import {
  isLedgerAccountType,
  knownAccount,
  LedgerError,
  type LedgerAccountType,
} from '@/lib/domain/ledger';

export type LedgerAccountRef = { id: string; code: string; type: LedgerAccountType };
export type AccountTypes = Readonly<Record<string, LedgerAccountType>>;

function expectedType(code: string, accountTypes: AccountTypes | undefined) {
  return accountTypes?.[code] ?? knownAccount(code)?.type;
}

/**
 * The accounts with these codes, creating missing ones, inside the caller's DB transaction.
 * A type comes from `accountTypes` or from the codes the domain knows; an unknown code with no
 * type is refused, and so is an existing account whose type differs from the expected one.
 */
export async function ensureAccounts(
  tx: DbTransaction,
  codes: readonly string[],
  accountTypes?: AccountTypes,
): Promise<Map<string, LedgerAccountRef>> {
  const select = { id: true, code: true, type: true } as const;
  let rows = await tx.ledgerAccount.findMany({ where: { code: { in: [...codes] } }, select });
  const missing = codes.filter((code) => !rows.some((row) => row.code === code));
  for (const code of missing) {
    const type = expectedType(code, accountTypes);
    if (!type) throw new LedgerError(`Unknown ledger account ${code}: give its type`);
    const name = knownAccount(code)?.name ?? code;
    // Two transactions may create the same account at once: the unique code keeps one, and
    // ON CONFLICT DO NOTHING raises no error (an error would abort a PostgreSQL transaction).
    await tx.$executeRaw`
      INSERT INTO "LedgerAccount" ("id", "code", "name", "type", "balance", "createdAt")
      VALUES (${randomUUID()}, ${code}, ${name}, ${type}, 0, ${new Date()})
      ON CONFLICT ("code") DO NOTHING`;
  }
  if (missing.length > 0) {
    rows = await tx.ledgerAccount.findMany({ where: { code: { in: [...codes] } }, select });
  }
  const accounts = new Map<string, LedgerAccountRef>();
  for (const row of rows) {
    const expected = expectedType(row.code, accountTypes);
    if (!isLedgerAccountType(row.type) || (expected && row.type !== expected)) {
      throw new LedgerError(`Ledger account ${row.code} is ${row.type}, expected ${expected}`);
    }
    accounts.set(row.code, { id: row.id, code: row.code, type: row.type });
  }
  return accounts;
}
