'use server';
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { z } from 'zod';
import { roleAction } from '@/lib/actions/safe-action';
import { changeRoleSchema, createStaffSchema } from '@/lib/domain/people';
import { setUserLocked } from '@/lib/server/accounts/set-user-locked';
import { changeRole } from '@/lib/server/admin/people/change-role';
import { createStaffAccount } from '@/lib/server/admin/people/create-staff-account';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';

export const setUserLockedAction = roleAction(
  ['ADMIN'],
  z.object({ userId: z.string().min(1).max(64), locked: z.boolean() }),
  async (input, { actor, ipAddress }) => {
    const result = await setUserLocked({ actor, ...input, ipAddress });
    revalidatePath('/admin/users');
    revalidatePath(`/admin/users/${input.userId}`);
    return result;
  },
);

export const createStaffAction = roleAction(
  ['ADMIN'],
  createStaffSchema,
  async (staff, { actor, ipAddress }) => {
    const created = await createStaffAccount({ actor, staff, ipAddress });
    // Send the invitation now rather than at the worker's next round.
    after(() => deliverOutbox().then(() => undefined));
    revalidatePath('/admin/users');
    return created;
  },
);

export const changeRoleAction = roleAction(
  ['ADMIN'],
  changeRoleSchema,
  async (input, { actor, ipAddress }) => {
    const result = await changeRole({ actor, ...input, ipAddress });
    revalidatePath('/admin/users');
    revalidatePath(`/admin/users/${input.userId}`);
    return result;
  },
);
