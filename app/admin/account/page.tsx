import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountSettings } from '@/components/account/account-settings';
import { requirePageActor } from '@/lib/auth/actor';
import { getAccountProfile } from '@/lib/server/accounts/get-account-profile';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

export default async function AdminAccountPage() {
  const actor = await requirePageActor(['ADMIN'], '/admin/account');
  const [profile, t] = await Promise.all([
    getAccountProfile({ actor }),
    getTranslations('account'),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <header>
        <h1 className="text-xl font-semibold tracking-tight">{t('title')}</h1>
        <p className="text-sm break-all text-slate-600">
          {t('signedInAs', { email: profile.email })}
        </p>
      </header>
      <AccountSettings profile={profile} />
    </div>
  );
}
