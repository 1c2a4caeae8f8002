'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { roleAction } from '@/lib/actions/safe-action';
import { setUserLocked } from '@/lib/server/accounts/set-user-locked';

export const setUserLockedAction = roleAction(
  ['ADMIN'],
  z.object({ userId: z.string().min(1).max(64), locked: z.boolean() }),
  async (input, { actor, ipAddress }) => {
    const result = await setUserLocked({ actor, ...input, ipAddress });
    revalidatePath('/admin/users');
    return result;
  },
);
