'use server';
import { revalidatePath } from 'next/cache';
import { roleAction } from '@/lib/actions/safe-action';
import { lowBalanceThresholdSchema, vaTopUpSchema } from '@/lib/domain/deposit';
import { requestVaTopUp } from '@/lib/server/deposits/request-va-top-up';
import { setLowBalanceThreshold } from '@/lib/server/deposits/set-low-balance-threshold';

export const requestVaTopUpAction = roleAction(
  ['AGENT'],
  vaTopUpSchema,
  async (input, { actor }) => {
    const topUp = await requestVaTopUp({ actor, ...input });
    revalidatePath('/agent/deposit');
    return topUp;
  },
);

export const setLowBalanceThresholdAction = roleAction(
  ['AGENT'],
  lowBalanceThresholdSchema,
  async (input, { actor, ipAddress }) => {
    const result = await setLowBalanceThreshold({ actor, threshold: input.threshold, ipAddress });
    // The warning shows in every agent page's header.
    revalidatePath('/agent', 'layout');
    return result;
  },
);
