import 'server-only';
import { isLowBalance } from '@/lib/domain/deposit';
import type { Actor } from '../actor';
import { requireOutletMember } from '../outlets/outlet-membership';
import { depositBalances } from './deposit-balances';

export type DepositOverview = {
  /** Everything the deposit holds: available plus held. */
  balance: number;
  /** Set aside for counter sales the biller has not answered yet. */
  held: number;
  /** What the next sale may spend. */
  available: number;
  lowBalanceThreshold: number;
  low: boolean;
};

/** The outlet's deposit for its owner and cashiers, read from the ledger. */
export async function getDepositOverview(input: { actor: Actor | null }): Promise<DepositOverview> {
  const member = await requireOutletMember(input.actor, ['OWNER', 'CASHIER']);
  const { available, held } = await depositBalances(member.outletId);
  const threshold = member.outlet.lowBalanceThreshold;
  return {
    balance: available + held,
    held,
    available,
    lowBalanceThreshold: threshold,
    low: isLowBalance(available, threshold),
  };
}
