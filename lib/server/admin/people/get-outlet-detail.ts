import 'server-only';
import { db } from '@/lib/db';
import { isLowBalance } from '@/lib/domain/deposit';
import { assertRole, type Actor } from '../../actor';
import { depositBalances } from '../../deposits/deposit-balances';
import { AppError } from '../../errors';

export type OutletDetail = {
  id: string;
  name: string;
  address: string;
  /** Biaya loket added to each sale. */
  markup: number;
  lowBalanceThreshold: number;
  createdAt: Date;
  owner: { id: string; name: string; email: string };
  cashiers: { id: string; name: string; email: string; locked: boolean }[];
  deposit: { available: number; held: number; low: boolean };
};

/** One outlet as the back office sees it: owner, cashiers, biaya loket and the deposit. */
export async function getOutletDetail(input: {
  actor: Actor | null;
  outletId: string;
}): Promise<OutletDetail> {
  assertRole(input.actor, ['ADMIN']);
  const outlet = await db.outlet.findUnique({
    where: { id: input.outletId },
    select: {
      id: true,
      name: true,
      address: true,
      markup: true,
      lowBalanceThreshold: true,
      createdAt: true,
      owner: { select: { id: true, name: true, email: true } },
      members: {
        where: { role: 'CASHIER' },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { user: { select: { id: true, name: true, email: true, lockedAt: true } } },
      },
    },
  });
  if (!outlet) throw new AppError('NOT_FOUND', 'outletNotFound');
  const { available, held } = await depositBalances(outlet.id);
  return {
    id: outlet.id,
    name: outlet.name,
    address: outlet.address,
    markup: outlet.markup,
    lowBalanceThreshold: outlet.lowBalanceThreshold,
    createdAt: outlet.createdAt,
    owner: outlet.owner,
    cashiers: outlet.members.map(({ user }) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      locked: user.lockedAt !== null,
    })),
    deposit: { available, held, low: isLowBalance(available, outlet.lowBalanceThreshold) },
  };
}
