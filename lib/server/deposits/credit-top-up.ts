import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { DEPOSIT_LEDGER_KINDS } from '@/lib/domain/deposit';
import { depositTopUpPostings } from '@/lib/domain/ledger';
import { formatRupiah } from '@/lib/domain/money';
import { postLedgerTransaction } from '../ledger/post-ledger-transaction';

/** The ledger key of a top-up's credit: one per top-up, so it is credited at most once. */
export const topUpCreditKey = (topUpId: string) => `topup:${topUpId}:credited`;
const TOP_UP_KEY = /^topup:(.+):credited$/;
export const topUpIdOfCreditKey = (key: string) => TOP_UP_KEY.exec(key)?.[1] ?? null;

/**
 * Credits a top-up to its outlet's deposit inside the caller's DB transaction, which has just
 * moved the top-up to PAID with a conditional update. The keyed posting holds even if it were
 * called twice.
 */
export async function creditTopUp(
  tx: DbTransaction,
  topUp: { id: string; outletId: string; amount: number; method: string; channel: string },
): Promise<void> {
  const via = topUp.method === 'VA' ? 'GATEWAY' : 'BANK_TRANSFER';
  await postLedgerTransaction(tx, {
    idempotencyKey: topUpCreditKey(topUp.id),
    kind: DEPOSIT_LEDGER_KINDS.topUp,
    description: `deposit top-up ${topUp.method} ${topUp.channel} ${formatRupiah(topUp.amount)}`,
    postings: depositTopUpPostings({ outletId: topUp.outletId, amount: topUp.amount, via }),
  });
}
