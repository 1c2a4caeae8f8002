'use server';
import { revalidatePath } from 'next/cache';
import { roleAction } from '@/lib/actions/safe-action';
import { outletSettingsSchema } from '@/lib/domain/outlet';
import { updateOutletSettings } from '@/lib/server/outlets/update-outlet-settings';

export const updateOutletSettingsAction = roleAction(
  ['AGENT'],
  outletSettingsSchema,
  async (input, { actor, ipAddress }) => {
    const settings = await updateOutletSettings({ actor, ipAddress, markup: input.markup });
    revalidatePath('/agent/settings');
    return settings;
  },
);
