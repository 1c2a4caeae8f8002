import 'server-only';
import { db } from '@/lib/db';
import { transition } from '../transactions/transition';

const BATCH = 100;

/**
 * Inquiries nobody went on to pay end as EXPIRED, each with its event. The transition is
 * conditional on the state, so a payment starting at the same moment wins or loses cleanly.
 */
export async function expireInquiries(now = new Date()): Promise<number> {
  const due = await db.transaction.findMany({
    where: { status: 'INQUIRED', expiresAt: { lte: now } },
    select: { id: true },
    orderBy: { expiresAt: 'asc' },
    take: BATCH,
  });
  let expired = 0;
  for (const { id } of due) {
    const moved = await db.$transaction((tx) =>
      transition(tx, {
        transactionId: id,
        from: 'INQUIRED',
        to: 'EXPIRED',
        actor: { type: 'SYSTEM' },
        reason: 'inquiry not paid within 15 minutes',
      }),
    );
    if (moved) expired++;
  }
  return expired;
}
