import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AccountSettings } from '@/components/account/account-settings';
import { IdentityStatusCard } from '@/components/identity/identity-status-card';
import { LogoutButton } from '@/components/shell/logout-button';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateWib } from '@/lib/domain/datetime';
import { getAccountProfile } from '@/lib/server/accounts/get-account-profile';
import { getCustomerOverview } from '@/lib/server/accounts/get-customer-overview';
import { getIdentityStatus } from '@/lib/server/identity/get-identity-status';
import { ResendVerification } from './resend-verification';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('customer'))('accountTitle') };
}

export default async function AccountPage() {
  const actor = await requirePageActor(['CUSTOMER'], '/home/account');
  const [overview, profile, identity, t, ta, tauth, locale] = await Promise.all([
    getCustomerOverview({ actor }),
    getAccountProfile({ actor }),
    getIdentityStatus({ actor }),
    getTranslations('customer'),
    getTranslations('admin'),
    getTranslations('auth'),
    getLocale(),
  ]);
  // One section after another, so more can be added in order.
  return (
    <div className="space-y-4">
      <Card>
        <CardHeader>
          <CardTitle>
            <h1>{t('accountTitle')}</h1>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-500">{ta('name')}</dt>
            <dd>{overview.name}</dd>
            <dt className="text-slate-500">{ta('email')}</dt>
            <dd className="break-all">{overview.email}</dd>
            <dt className="text-slate-500">{tauth('emailStatus')}</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <Badge tone={overview.emailVerified ? 'success' : 'warning'}>
                {overview.emailVerified ? tauth('emailVerified') : tauth('emailUnverified')}
              </Badge>
              {overview.emailVerified ? null : <ResendVerification />}
            </dd>
            <dt className="text-slate-500">{ta('joined')}</dt>
            <dd>{formatDateWib(overview.memberSince, locale)}</dd>
          </dl>
          <div className="mt-6">
            <LogoutButton />
          </div>
        </CardContent>
      </Card>
      <IdentityStatusCard identity={identity} />
      <AccountSettings profile={profile} />
    </div>
  );
}
