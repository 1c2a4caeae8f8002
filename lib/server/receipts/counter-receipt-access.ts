import 'server-only';
import { z } from 'zod';
import { db, type DbTransaction } from '@/lib/db';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { requireOutletMember } from '../outlets/outlet-membership';

export const REPRINT_LIMIT_SETTING = 'counter.reprintLimit';
export const DEFAULT_REPRINT_LIMIT = 2;

const limitSchema = z.number().int().min(0).max(100);

/** How many reprints a counter sale allows, as the admin set it (2 until they do). */
export async function reprintLimit(client: DbTransaction | typeof db = db): Promise<number> {
  const row = await client.appSetting.findUnique({ where: { key: REPRINT_LIMIT_SETTING } });
  if (!row) return DEFAULT_REPRINT_LIMIT;
  const parsed = limitSchema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : DEFAULT_REPRINT_LIMIT;
}

/**
 * A counter sale the actor may print: one of their outlet's, and for a cashier one they sold
 * themselves (the owner may print any of the outlet's). Anything else does not exist.
 */
export async function requireCounterSale(actor: Actor | null, transactionId: string) {
  const member = await requireOutletMember(actor);
  const sale = await db.transaction.findFirst({
    where: {
      id: transactionId,
      outletId: member.outletId,
      ...(member.role === 'OWNER' ? {} : { userId: member.actor.id }),
    },
    select: { id: true, receipt: { select: { id: true } } },
  });
  if (!sale?.receipt) throw new AppError('NOT_FOUND', 'receiptNotFound');
  return { member, sale };
}
