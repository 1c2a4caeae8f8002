import 'server-only';
import { db } from '@/lib/db';
import { parseHoldReasons, type BrokenRule } from '@/lib/domain/fraud-rules';
import { assertRole, type Actor } from '../../actor';

export type FraudHoldView = {
  id: string;
  transactionId: string;
  reasons: BrokenRule[];
  heldAt: Date;
  customerName: string;
  customerEmail: string;
  biller: { code: string; nameId: string; nameEn: string };
  customerNo: string;
  billName: string;
  charged: number;
  channel: string | null;
  card: string | null;
  paidAt: Date | null;
};

const HOLDS_PAGE = 50;

/** The transactions waiting for a fraud review, oldest first (the (status, createdAt) index). */
export async function listHolds(input: { actor: Actor | null }): Promise<FraudHoldView[]> {
  assertRole(input.actor, ['ADMIN']);
  const holds = await db.fraudHold.findMany({
    where: { status: 'HELD' },
    orderBy: { createdAt: 'asc' },
    take: HOLDS_PAGE,
    include: {
      transaction: {
        include: {
          user: { select: { name: true, email: true } },
          biller: { select: { code: true, nameId: true, nameEn: true } },
          charges: { where: { status: 'PAID' }, take: 1, orderBy: { paidAt: 'asc' } },
        },
      },
    },
  });
  return holds.map(({ transaction: txn, ...hold }) => {
    const charge = txn.charges[0];
    return {
      id: hold.id,
      transactionId: txn.id,
      reasons: parseHoldReasons(hold.reasons),
      heldAt: hold.createdAt,
      customerName: txn.user.name,
      customerEmail: txn.user.email,
      biller: txn.biller,
      customerNo: txn.customerNo,
      billName: txn.customerName,
      charged: charge?.amount ?? txn.totalAmount + txn.methodFee,
      channel: charge ? `${charge.method} ${charge.channel}` : null,
      card: charge?.cardLast4 ? `${charge.cardBrand ?? ''} •••• ${charge.cardLast4}`.trim() : null,
      paidAt: txn.paidAt,
    };
  });
}
