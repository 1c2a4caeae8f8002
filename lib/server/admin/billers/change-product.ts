import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { changedFields } from '@/lib/domain/audit-diff';
import type { Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { productSnapshot, toProductAdmin, type ProductAdmin } from './biller-admin-dto';
import { staleEdit } from './stale-edit';

type ProductChange = Partial<
  Pick<
    ProductAdmin,
    'nameId' | 'nameEn' | 'operator' | 'faceValue' | 'price' | 'active' | 'sortOrder'
  >
>;

/**
 * Changes a product only if it is still as the admin saw it. A product has no version column:
 * its last-change time is the token. The write is conditional on it and moves it forward by at
 * least a millisecond, so two changes within one millisecond still tell each other apart. A save
 * that changes nothing writes nothing.
 */
export async function changeProduct(
  tx: DbTransaction,
  change: {
    actor: Actor;
    ipAddress?: string | null;
    productId: string;
    expectedUpdatedAt: string;
    action: string;
    data: ProductChange;
  },
): Promise<ProductAdmin> {
  const row = await tx.product.findUnique({ where: { id: change.productId } });
  if (!row) throw new AppError('NOT_FOUND', 'productNotFound');
  const expected = new Date(change.expectedUpdatedAt);
  if (row.updatedAt.getTime() !== expected.getTime()) {
    throw staleEdit(`product ${row.id} changed at ${row.updatedAt.toISOString()}`);
  }
  const before = toProductAdmin(row);
  const changes = changedFields(
    productSnapshot(before),
    productSnapshot({ ...before, ...change.data }),
  );
  if (Object.keys(changes.after).length === 0) return before;

  const { count } = await tx.product.updateMany({
    where: { id: row.id, updatedAt: row.updatedAt },
    data: {
      ...change.data,
      updatedAt: new Date(Math.max(Date.now(), row.updatedAt.getTime() + 1)),
    },
  });
  if (count === 0) throw staleEdit(`product ${row.id} changed during the save`);
  await recordAudit(tx, {
    actorId: change.actor.id,
    action: change.action,
    targetType: 'Product',
    targetId: row.id,
    ipAddress: change.ipAddress,
    ...changes,
  });
  return toProductAdmin(await tx.product.findUniqueOrThrow({ where: { id: row.id } }));
}
