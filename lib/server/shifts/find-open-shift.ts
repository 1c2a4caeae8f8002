import 'server-only';
import { db, type DbTransaction } from '@/lib/db';

export type OpenShift = { id: string; outletId: string; openingCash: number; openedAt: Date };

/** The cashier's open shift, or null: every counter sale belongs to one. */
export async function findOpenShift(
  cashierId: string,
  client: DbTransaction | typeof db = db,
): Promise<OpenShift | null> {
  return client.shift.findUnique({
    where: { openKey: cashierId },
    select: { id: true, outletId: true, openingCash: true, openedAt: true },
  });
}
