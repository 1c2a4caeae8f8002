import 'server-only';
import { db } from '@/lib/db';
import { receiptDataSchema, type ReceiptView } from '@/lib/domain/receipt';
import { assertRole, type Actor } from '../actor';
import { AppError } from '../errors';
import { receiptVerifyUrl } from './sign-receipt';

/**
 * The receipt of a transaction, for the person who paid it (a customer, or the agent whose
 * counter sold it) and for admins. Anyone else is told it does not exist.
 */
export async function getReceipt(input: {
  actor: Actor | null;
  transactionId: string;
}): Promise<ReceiptView> {
  const actor = assertRole(input.actor, ['CUSTOMER', 'AGENT', 'ADMIN']);
  const row = await db.receipt.findFirst({
    where:
      actor.role === 'ADMIN'
        ? { transactionId: input.transactionId }
        : { transactionId: input.transactionId, transaction: { userId: actor.id } },
  });
  if (!row) throw new AppError('NOT_FOUND', 'receiptNotFound');
  return {
    number: row.number,
    issuedAt: row.issuedAt.toISOString(),
    data: receiptDataSchema.parse(JSON.parse(row.data)),
    verifyUrl: receiptVerifyUrl(row.number),
  };
}
