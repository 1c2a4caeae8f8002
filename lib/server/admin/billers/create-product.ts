import 'server-only';
import { db } from '@/lib/db';
import { createProductSchema, type CreateProductInput } from '@/lib/domain/biller-config';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { isUniqueViolation } from '../../prisma-errors';
import { parseInput } from '../../validation';
import { productSnapshot, toProductAdmin, type ProductAdmin } from './biller-admin-dto';

/** A new product (a denomination) of a biller, with its audit entry in one transaction. */
export async function createProduct(
  input: { actor: Actor | null; ipAddress?: string | null } & CreateProductInput,
): Promise<ProductAdmin> {
  const { actor: rawActor, ipAddress, ...values } = input;
  const actor = assertRole(rawActor, ['ADMIN']);
  const data = parseInput(createProductSchema, values);
  try {
    return await db.$transaction(async (tx) => {
      const biller = await tx.biller.findUnique({
        where: { id: data.billerId },
        select: { id: true },
      });
      if (!biller) throw new AppError('NOT_FOUND', 'billerNotFound');
      const product = toProductAdmin(await tx.product.create({ data }));
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'product.create',
        targetType: 'Product',
        targetId: product.id,
        ipAddress,
        before: null,
        after: productSnapshot(product),
      });
      return product;
    });
  } catch (error) {
    // Product codes are the switch's and unique across billers.
    if (isUniqueViolation(error, 'code')) {
      throw new AppError('VALIDATION', 'validationFailed', {
        fieldErrors: { code: ['productCodeTaken'] },
      });
    }
    throw error;
  }
}
