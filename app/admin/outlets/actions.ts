'use server';
import { revalidatePath } from 'next/cache';
import { roleAction } from '@/lib/actions/safe-action';
import { createOutletSchema } from '@/lib/domain/people';
import { createOutlet } from '@/lib/server/admin/people/create-outlet';

export const createOutletAction = roleAction(
  ['ADMIN'],
  createOutletSchema,
  async (outlet, { actor, ipAddress }) => {
    const created = await createOutlet({ actor, outlet, ipAddress });
    revalidatePath('/admin/outlets');
    revalidatePath(`/admin/users/${created.ownerId}`);
    return created;
  },
);
