'use server';
import { cookies } from 'next/headers';
import { after } from 'next/server';
import { roleAction } from '@/lib/actions/safe-action';
import { reissueSession } from '@/lib/auth/reissue-session';
import { changePasswordSchema } from '@/lib/domain/account';
import { LOCALE_COOKIE } from '@/lib/domain/locale';
import { profileSchema } from '@/lib/domain/profile';
import { ROLES } from '@/lib/domain/roles';
import { changePassword } from '@/lib/server/accounts/change-password';
import { updateProfile } from '@/lib/server/accounts/update-profile';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';

// The account page's actions, for every role (customers, agents and admins each have one).

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export const updateProfileAction = roleAction(ROLES, profileSchema, async (profile, { actor }) => {
  const saved = await updateProfile({ actor, profile });
  // The interface follows the saved language at once, as the language switch does.
  (await cookies()).set(LOCALE_COOKIE, saved.locale, {
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'lax',
  });
  return saved;
});

export const changePasswordAction = roleAction(
  ROLES,
  changePasswordSchema,
  async ({ currentPassword, newPassword }, { actor, ipAddress }) => {
    const { sessionVersion } = await changePassword({
      actor,
      currentPassword,
      newPassword,
      ipAddress,
    });
    // Every other session has ended; this one carries on with the new version.
    await reissueSession({ userId: actor.id, sessionVersion });
    after(() => deliverOutbox().then(() => undefined));
  },
);
