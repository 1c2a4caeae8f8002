import 'server-only';
import { db, type DbTransaction } from '@/lib/db';
import { depositAccountCode, depositHoldsAccountCode, normalBalance } from '@/lib/domain/ledger';

export type DepositBalances = { available: number; held: number };

/**
 * An outlet's deposit as the ledger has it: available is what its deposit account owes the
 * outlet, held what its holds account owes it (counter sales waiting for the biller). An account
 * not created yet holds nothing.
 */
export async function depositBalances(
  outletId: string,
  client: DbTransaction | typeof db = db,
): Promise<DepositBalances> {
  const codes = [depositAccountCode(outletId), depositHoldsAccountCode(outletId)];
  const accounts = await client.ledgerAccount.findMany({
    where: { code: { in: codes } },
    select: { code: true, balance: true },
  });
  // Both are LIABILITY accounts: what they owe is their credit balance.
  const owed = (code: string) =>
    normalBalance('LIABILITY', accounts.find((a) => a.code === code)?.balance ?? 0);
  return { available: owed(codes[0]!), held: owed(codes[1]!) };
}
