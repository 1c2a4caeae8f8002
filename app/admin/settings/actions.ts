'use server';
import { revalidatePath } from 'next/cache';
import { roleAction } from '@/lib/actions/safe-action';
import { counterSettingsSchema } from '@/lib/domain/counter-settings';
import { updateCounterSettings } from '@/lib/server/admin/settings/counter-settings';

export const updateCounterSettingsAction = roleAction(
  ['ADMIN'],
  counterSettingsSchema,
  async (input, { actor, ipAddress }) => {
    const settings = await updateCounterSettings({ actor, ipAddress, ...input });
    revalidatePath('/admin/settings');
    return settings;
  },
);
