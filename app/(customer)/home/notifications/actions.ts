'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { roleAction } from '@/lib/actions/safe-action';
import { markNotificationsRead } from '@/lib/server/notifications/mark-notifications-read';

const which = z.union([
  z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(100) }),
  z.object({ all: z.literal(true) }),
]);

export const markNotificationsReadAction = roleAction(
  ['CUSTOMER'],
  which,
  async (input, { actor }) => {
    const count = await markNotificationsRead({ actor, ...input });
    // The bell in the layout shows the new count.
    revalidatePath('/home', 'layout');
    return { count };
  },
);
