'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { roleAction } from '@/lib/actions/safe-action';
import { createCashierSchema } from '@/lib/domain/outlet';
import { createCashier } from '@/lib/server/outlets/create-cashier';
import { setCashierLocked } from '@/lib/server/outlets/set-cashier-locked';

export const createCashierAction = roleAction(
  ['AGENT'],
  createCashierSchema,
  async (cashier, { actor, ipAddress }) => {
    const created = await createCashier({ actor, cashier, ipAddress });
    revalidatePath('/agent/cashiers');
    return created;
  },
);

export const setCashierLockedAction = roleAction(
  ['AGENT'],
  z.object({ userId: z.string().min(1).max(64), locked: z.boolean() }),
  async (input, { actor, ipAddress }) => {
    const result = await setCashierLocked({ actor, ipAddress, ...input });
    revalidatePath('/agent/cashiers');
    return result;
  },
);
