import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '../errors';

/**
 * Refuses to open a payment for a blocked reference (at this biller or at every biller) before
 * anything is charged, with words the customer can act on.
 */
export async function refuseBlockedReference(txn: {
  billerId: string;
  customerNo: string;
}): Promise<void> {
  const blocked = await db.blockedReference.findFirst({
    where: { customerNo: txn.customerNo, OR: [{ billerId: txn.billerId }, { billerId: null }] },
    select: { id: true },
  });
  if (blocked) {
    throw new AppError('FORBIDDEN', 'referenceBlocked', {
      internal: `reference ${txn.billerId}/${txn.customerNo} is blocked (${blocked.id})`,
    });
  }
}
