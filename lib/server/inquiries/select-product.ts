import 'server-only';
import { db } from '@/lib/db';
import { billTotal } from '@/lib/domain/bill';
import { assertRole, type Actor } from '../actor';
import { AppError } from '../errors';

/**
 * Picks the denomination of a prepaid inquiry (token value, credit, data package). The price
 * comes from the catalogue, never from the browser; the update only applies while the inquiry
 * is still open and belongs to the actor.
 */
export async function selectProduct(input: {
  actor: Actor | null;
  transactionId: string;
  productCode: string;
  now?: Date;
}): Promise<{ totalAmount: number }> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const now = input.now ?? new Date();
  const inquiry = await db.transaction.findFirst({
    where: { id: input.transactionId, userId: actor.id },
    select: {
      id: true,
      billerId: true,
      status: true,
      expiresAt: true,
      adminFee: true,
      inquiryData: true,
    },
  });
  if (!inquiry) throw new AppError('NOT_FOUND', 'inquiryNotFound');
  if (inquiry.status !== 'INQUIRED' || inquiry.expiresAt <= now) {
    throw new AppError('CONFLICT', 'inquiryExpired');
  }
  const operator =
    (JSON.parse(inquiry.inquiryData) as { operator?: string | null }).operator ?? null;
  const product = await db.product.findFirst({
    where: { code: input.productCode, billerId: inquiry.billerId, active: true },
  });
  if (!product || (operator && product.operator !== operator)) {
    throw new AppError('VALIDATION', 'productNotAvailable');
  }
  const totalAmount = billTotal({ amount: product.price, penalty: 0, adminFee: inquiry.adminFee });
  const { count } = await db.transaction.updateMany({
    where: { id: inquiry.id, userId: actor.id, status: 'INQUIRED', expiresAt: { gt: now } },
    data: { productId: product.id, billAmount: product.price, penalty: 0, totalAmount },
  });
  if (count === 0) throw new AppError('CONFLICT', 'inquiryExpired');
  return { totalAmount };
}
