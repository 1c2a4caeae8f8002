import { getTranslations } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { AccountSettings } from './account-settings';

/** The account page of the back office and the outlet: who is signed in, then the settings. */
export async function StaffAccountPage({
  profile,
  titleClassName = 'text-xl font-semibold tracking-tight',
}: {
  profile: ComponentProps<typeof AccountSettings>['profile'] & { email: string };
  /** The page titles of the area it is shown in. */
  titleClassName?: string;
}) {
  const t = await getTranslations('account');
  return (
    <div className="max-w-2xl space-y-4">
      <header>
        <h1 className={titleClassName}>{t('title')}</h1>
        <p className="text-sm break-all text-slate-600">
          {t('signedInAs', { email: profile.email })}
        </p>
      </header>
      <AccountSettings profile={profile} />
    </div>
  );
}
