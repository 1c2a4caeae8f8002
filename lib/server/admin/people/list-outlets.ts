import 'server-only';
import { db } from '@/lib/db';
import { depositAccountCode, normalBalance } from '@/lib/domain/ledger';
import { assertRole, type Actor } from '../../actor';

export const OUTLETS_PAGE_SIZE = 20;

export type OutletRow = {
  id: string;
  name: string;
  address: string;
  owner: { id: string; name: string; email: string };
  cashierCount: number;
  depositAvailable: number;
  createdAt: Date;
};

/** Outlets, newest first, with owner, cashier count and available deposit from the ledger. */
export async function listOutlets(input: {
  actor: Actor | null;
  page: number;
}): Promise<{ rows: OutletRow[]; page: number; pageCount: number }> {
  assertRole(input.actor, ['ADMIN']);
  const page = Math.max(1, input.page);
  const [outlets, total] = await Promise.all([
    db.outlet.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * OUTLETS_PAGE_SIZE,
      take: OUTLETS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        address: true,
        createdAt: true,
        owner: { select: { id: true, name: true, email: true } },
        _count: { select: { members: { where: { role: 'CASHIER' } } } },
      },
    }),
    db.outlet.count(),
  ]);
  const accounts = await db.ledgerAccount.findMany({
    where: { code: { in: outlets.map((outlet) => depositAccountCode(outlet.id)) } },
    select: { code: true, balance: true },
  });
  const balanceOf = new Map(accounts.map((a) => [a.code, normalBalance('LIABILITY', a.balance)]));
  return {
    rows: outlets.map((outlet) => ({
      id: outlet.id,
      name: outlet.name,
      address: outlet.address,
      owner: outlet.owner,
      cashierCount: outlet._count.members,
      depositAvailable: balanceOf.get(depositAccountCode(outlet.id)) ?? 0,
      createdAt: outlet.createdAt,
    })),
    page,
    pageCount: Math.max(1, Math.ceil(total / OUTLETS_PAGE_SIZE)),
  };
}

export type OwnerCandidate = { id: string; name: string; email: string };

/** Agents who belong to no outlet yet: who may own a new one. */
export async function listOwnerCandidates(input: {
  actor: Actor | null;
}): Promise<OwnerCandidate[]> {
  assertRole(input.actor, ['ADMIN']);
  return db.user.findMany({
    where: { role: 'AGENT', outletMembership: null, lockedAt: null },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 200,
    select: { id: true, name: true, email: true },
  });
}
