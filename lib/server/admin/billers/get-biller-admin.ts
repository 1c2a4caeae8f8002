import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '../../actor';
import { AppError } from '../../errors';
import {
  toBillerAdmin,
  toProductAdmin,
  type BillerAdmin,
  type ProductAdmin,
} from './biller-admin-dto';

/** One biller with all its products (inactive ones too), as its edit page shows them. */
export async function getBillerAdmin(input: {
  actor: Actor | null;
  billerId: string;
}): Promise<{ biller: BillerAdmin; products: ProductAdmin[] }> {
  assertRole(input.actor, ['ADMIN']);
  const row = await db.biller.findUnique({
    where: { id: input.billerId },
    include: { products: { orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] } },
  });
  if (!row) throw new AppError('NOT_FOUND', 'billerNotFound');
  const { products, ...biller } = row;
  return { biller: toBillerAdmin(biller), products: products.map(toProductAdmin) };
}
