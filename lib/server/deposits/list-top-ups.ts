import 'server-only';
import { db } from '@/lib/db';
import type { TopUpStatus } from '@/lib/domain/deposit';
import type { Actor } from '../actor';
import { requireOutletMember } from '../outlets/outlet-membership';

export const TOP_UPS_PAGE_SIZE = 10;

export type TopUpItem = {
  id: string;
  method: 'VA' | 'MANUAL';
  channel: string;
  amount: number;
  status: TopUpStatus;
  /** VA: the number to pay, while it can be paid. */
  vaNumber: string | null;
  expiresAt: Date | null;
  transferRef: string | null;
  hasProof: boolean;
  rejectionReason: string | null;
  createdAt: Date;
  paidAt: Date | null;
};

/** The outlet's top-ups, newest first, for its owner. A VA past its window reads as expired. */
export async function listTopUps(input: {
  actor: Actor | null;
  page?: number;
  now?: Date;
}): Promise<{ items: TopUpItem[]; page: number; pageCount: number }> {
  const member = await requireOutletMember(input.actor, ['OWNER']);
  const now = input.now ?? new Date();
  const where = { outletId: member.outletId };
  const total = await db.depositTopUp.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / TOP_UPS_PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page ?? 1), pageCount);
  const rows = await db.depositTopUp.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * TOP_UPS_PAGE_SIZE,
    take: TOP_UPS_PAGE_SIZE,
  });
  const items = rows.map((row): TopUpItem => {
    const lapsed = row.status === 'PENDING' && row.expiresAt !== null && row.expiresAt <= now;
    return {
      id: row.id,
      method: row.method === 'VA' ? 'VA' : 'MANUAL',
      channel: row.channel,
      amount: row.amount,
      status: lapsed ? 'EXPIRED' : (row.status as TopUpStatus),
      vaNumber: row.status === 'PENDING' && !lapsed ? row.vaNumber : null,
      expiresAt: row.expiresAt,
      transferRef: row.transferRef,
      hasProof: row.proofImageKey !== null,
      rejectionReason: row.rejectionReason,
      createdAt: row.createdAt,
      paidAt: row.paidAt,
    };
  });
  return { items, page, pageCount };
}
