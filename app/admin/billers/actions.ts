'use server';
import { revalidatePath } from 'next/cache';
import {
  createBillerSchema,
  createProductSchema,
  setBillerStatusSchema,
  setProductActiveSchema,
  updateBillerSchema,
  updateProductSchema,
} from '@/lib/domain/biller-config';
import { roleAction } from '@/lib/actions/safe-action';
import { createBiller } from '@/lib/server/admin/billers/create-biller';
import { createProduct } from '@/lib/server/admin/billers/create-product';
import { setBillerStatus } from '@/lib/server/admin/billers/set-biller-status';
import { updateBiller } from '@/lib/server/admin/billers/update-biller';
import { setProductActive, updateProduct } from '@/lib/server/admin/billers/update-product';

// Customer and counter screens read billers on every request; only the back office's own
// pages are refreshed here.
const refreshBillers = () => revalidatePath('/admin/billers', 'layout');

export const createBillerAction = roleAction(
  ['ADMIN'],
  createBillerSchema,
  async (values, { actor, ipAddress }) => {
    const biller = await createBiller({ actor, ipAddress, ...values });
    refreshBillers();
    return { id: biller.id };
  },
);

export const updateBillerAction = roleAction(
  ['ADMIN'],
  updateBillerSchema,
  async (values, { actor, ipAddress }) => {
    const biller = await updateBiller({ actor, ipAddress, ...values });
    refreshBillers();
    return biller;
  },
);

export const setBillerStatusAction = roleAction(
  ['ADMIN'],
  setBillerStatusSchema,
  async (values, { actor, ipAddress }) => {
    const biller = await setBillerStatus({ actor, ipAddress, ...values });
    refreshBillers();
    return biller;
  },
);

export const createProductAction = roleAction(
  ['ADMIN'],
  createProductSchema,
  async (values, { actor, ipAddress }) => {
    const product = await createProduct({ actor, ipAddress, ...values });
    refreshBillers();
    return product;
  },
);

export const updateProductAction = roleAction(
  ['ADMIN'],
  updateProductSchema,
  async (values, { actor, ipAddress }) => {
    const product = await updateProduct({ actor, ipAddress, ...values });
    refreshBillers();
    return product;
  },
);

export const setProductActiveAction = roleAction(
  ['ADMIN'],
  setProductActiveSchema,
  async (values, { actor, ipAddress }) => {
    const product = await setProductActive({ actor, ipAddress, ...values });
    refreshBillers();
    return product;
  },
);
