import 'server-only';
import { db } from '@/lib/db';
import { transition } from '../transactions/transition';

const BATCH = 100;
// Charges report their own expiry; this only catches checkouts that never got a charge (the
// gateway was down) or whose charges all ended without money, well after their window.
const GRACE_MS = 5 * 60 * 1000;

export async function expireAbandonedCheckouts(now = new Date()): Promise<number> {
  const due = await db.transaction.findMany({
    where: {
      status: 'AWAITING_PAYMENT',
      expiresAt: { lte: new Date(now.getTime() - GRACE_MS) },
      charges: { none: { status: { in: ['PENDING', 'PAID'] } } },
    },
    select: { id: true },
    orderBy: { expiresAt: 'asc' },
    take: BATCH,
  });
  let expired = 0;
  for (const { id } of due) {
    const moved = await db.$transaction(async (tx) => {
      // Re-checked inside the transaction: a charge paid a moment ago keeps it open.
      const open = await tx.paymentCharge.count({
        where: { transactionId: id, status: { in: ['PENDING', 'PAID'] } },
      });
      if (open > 0) return false;
      return transition(tx, {
        transactionId: id,
        from: 'AWAITING_PAYMENT',
        to: 'EXPIRED',
        actor: { type: 'SYSTEM' },
        reason: 'payment window closed without money',
      });
    });
    if (moved) expired++;
  }
  return expired;
}
