'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { roleAction } from '@/lib/actions/safe-action';
import { deleteSavedReference } from '@/lib/server/saved-references/delete-saved-reference';
import { inquireSavedReference } from '@/lib/server/saved-references/inquire-saved-reference';
import { setBillReminders } from '@/lib/server/saved-references/set-bill-reminders';

const savedReferenceId = z.object({ id: z.string().min(1).max(64) });

export const inquireSavedReferenceAction = roleAction(
  ['CUSTOMER'],
  savedReferenceId,
  (input, { actor, locale }) => inquireSavedReference({ actor, locale, id: input.id }),
);

export const deleteSavedReferenceAction = roleAction(
  ['CUSTOMER'],
  savedReferenceId,
  async (input, { actor }) => {
    await deleteSavedReference({ actor, id: input.id });
    revalidatePath('/home/saved');
    revalidatePath('/home');
  },
);

export const setBillRemindersAction = roleAction(
  ['CUSTOMER'],
  savedReferenceId.extend({ enabled: z.boolean() }),
  async (input, { actor }) => {
    const result = await setBillReminders({ actor, id: input.id, enabled: input.enabled });
    revalidatePath('/home/saved');
    return result;
  },
);
