'use server';
import { revalidatePath } from 'next/cache';
import { roleAction } from '@/lib/actions/safe-action';
import { resolveItemSchema } from '@/lib/domain/reconciliation';
import { resolveItem } from '@/lib/server/admin/reconciliation/resolve-item';

export const resolveItemAction = roleAction(
  ['ADMIN'],
  resolveItemSchema,
  async (input, { actor, ipAddress }) => {
    const result = await resolveItem({ actor, ...input, ipAddress });
    revalidatePath(`/admin/reconciliation/${result.runId}`);
    return result;
  },
);
