import 'server-only';
import { db } from '@/lib/db';
import { billTotal } from '@/lib/domain/bill';
import { assertRole, type Actor } from '../actor';
import { AppError } from '../errors';

/**
 * Sets the denomination of an open prepaid inquiry that `owner` may see (a customer's own, or
 * any of an outlet's). The price comes from the catalogue, never from the browser; the update
 * only applies while the inquiry is still open.
 */
export async function chooseProduct(input: {
  transactionId: string;
  owner: { userId: string } | { outletId: string };
  productCode: string;
  now: Date;
}): Promise<{ totalAmount: number }> {
  const { owner, now } = input;
  const inquiry = await db.transaction.findFirst({
    where: { id: input.transactionId, ...owner },
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
    where: { id: inquiry.id, ...owner, status: 'INQUIRED', expiresAt: { gt: now } },
    data: { productId: product.id, billAmount: product.price, penalty: 0, totalAmount },
  });
  if (count === 0) throw new AppError('CONFLICT', 'inquiryExpired');
  return { totalAmount };
}

/** Picks the denomination of a customer's prepaid inquiry (token value, credit, data package). */
export async function selectProduct(input: {
  actor: Actor | null;
  transactionId: string;
  productCode: string;
  now?: Date;
}): Promise<{ totalAmount: number }> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  return chooseProduct({
    transactionId: input.transactionId,
    owner: { userId: actor.id },
    productCode: input.productCode,
    now: input.now ?? new Date(),
  });
}
