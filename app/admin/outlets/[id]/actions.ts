'use server';
import { revalidatePath } from 'next/cache';
import { roleAction } from '@/lib/actions/safe-action';
import { depositAdjustmentSchema } from '@/lib/domain/deposit-adjustment';
import { adjustDeposit } from '@/lib/server/deposits/adjust-deposit';

export const adjustDepositAction = roleAction(
  ['ADMIN'],
  depositAdjustmentSchema,
  async (adjustment, { actor, ipAddress }) => {
    const result = await adjustDeposit({ actor, adjustment, ipAddress });
    revalidatePath(`/admin/outlets/${adjustment.outletId}`);
    revalidatePath('/admin/outlets');
    return result;
  },
);
