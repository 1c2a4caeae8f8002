'use server';
import { revalidatePath } from 'next/cache';
import { roleAction } from '@/lib/actions/safe-action';
import { topUpDecisionSchema } from '@/lib/domain/deposit';
import { reviewManualTopUp } from '@/lib/server/deposits/review-manual-top-up';

export const reviewTopUpAction = roleAction(
  ['ADMIN'],
  topUpDecisionSchema,
  async (decision, { actor, ipAddress }) => {
    const result = await reviewManualTopUp({ actor, decision, ipAddress });
    // The queue and the navigation's count change.
    revalidatePath('/admin', 'layout');
    return result;
  },
);
