import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StaffAccountPage } from '@/components/account/staff-account-page';
import { requirePageActor } from '@/lib/auth/actor';
import { getAccountProfile } from '@/lib/server/accounts/get-account-profile';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

export default async function AdminAccountPage() {
  const actor = await requirePageActor(['ADMIN'], '/admin/account');
  return (
    <StaffAccountPage
      profile={await getAccountProfile({ actor })}
      titleClassName="text-2xl font-semibold"
    />
  );
}
