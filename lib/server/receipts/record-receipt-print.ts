import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { reprintLimit, requireCounterSale } from './counter-receipt-access';

export const RECEIPT_PRINT_KINDS = ['ORIGINAL', 'REPRINT', 'CUSTOMER_COPY'] as const;
export type ReceiptPrintKind = (typeof RECEIPT_PRINT_KINDS)[number];

/**
 * Logs a print of a counter receipt before it goes to the printer: the original and the
 * customer's copy once each, reprints up to the admin's limit per sale. Each rule is one
 * conditional INSERT, so the check and the row are atomic: prints fired at once from several tabs
 * can never pass the limit.
 */
export async function recordReceiptPrint(input: {
  actor: Actor | null;
  transactionId: string;
  kind: ReceiptPrintKind;
  now?: Date;
}): Promise<{ kind: ReceiptPrintKind; reprintsLeft: number }> {
  const { member, sale } = await requireCounterSale(input.actor, input.transactionId);
  const { kind } = input;
  const id = randomUUID();
  const userId = member.actor.id;
  const now = input.now ?? new Date();
  const limit = await reprintLimit();
  const allowance = kind === 'REPRINT' ? limit : 1;
  const inserted = await db.$executeRaw`
    INSERT INTO "ReceiptPrint" ("id", "transactionId", "userId", "kind", "createdAt")
    SELECT ${id}, ${sale.id}, ${userId}, ${kind}, ${now}
    WHERE (SELECT COUNT(*) FROM "ReceiptPrint"
           WHERE "transactionId" = ${sale.id} AND "kind" = ${kind}) < ${allowance}`;
  if (inserted === 0) {
    if (kind === 'REPRINT') {
      throw new AppError('CONFLICT', 'reprintLimitReached', { params: { limit } });
    }
    throw new AppError(
      'CONFLICT',
      kind === 'ORIGINAL' ? 'receiptAlreadyPrinted' : 'customerCopyPrinted',
    );
  }
  const reprints = await db.receiptPrint.count({
    where: { transactionId: sale.id, kind: 'REPRINT' },
  });
  return { kind, reprintsLeft: Math.max(0, limit - reprints) };
}
