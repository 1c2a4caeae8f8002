import 'server-only';
import { db } from '@/lib/db';
import {
  setProductActiveSchema,
  updateProductSchema,
  type SetProductActiveInput,
  type UpdateProductInput,
} from '@/lib/domain/biller-config';
import { assertRole, type Actor } from '../../actor';
import { parseInput } from '../../validation';
import type { ProductAdmin } from './biller-admin-dto';
import { changeProduct } from './change-product';

type Caller = { actor: Actor | null; ipAddress?: string | null };

/** Saves a product's edit row; refused when someone changed the product since it was loaded. */
export async function updateProduct(input: Caller & UpdateProductInput): Promise<ProductAdmin> {
  const { actor: rawActor, ipAddress, ...values } = input;
  const actor = assertRole(rawActor, ['ADMIN']);
  const { productId, expectedUpdatedAt, ...data } = parseInput(updateProductSchema, values);
  return db.$transaction((tx) =>
    changeProduct(tx, {
      actor,
      ipAddress,
      productId,
      expectedUpdatedAt,
      action: 'product.update',
      data,
    }),
  );
}

/** Puts a product on sale or takes it off (customers and counters stop seeing it at once). */
export async function setProductActive(
  input: Caller & SetProductActiveInput,
): Promise<ProductAdmin> {
  const { actor: rawActor, ipAddress, ...values } = input;
  const actor = assertRole(rawActor, ['ADMIN']);
  const { productId, expectedUpdatedAt, active } = parseInput(setProductActiveSchema, values);
  return db.$transaction((tx) =>
    changeProduct(tx, {
      actor,
      ipAddress,
      productId,
      expectedUpdatedAt,
      action: active ? 'product.activate' : 'product.deactivate',
      data: { active },
    }),
  );
}
