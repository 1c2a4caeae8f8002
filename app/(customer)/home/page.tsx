import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CategoryGrid } from '@/components/shell/category-grid';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageActor } from '@/lib/auth/actor';
import { getCustomerOverview } from '@/lib/server/accounts/get-customer-overview';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('customer'))('navHome') };
}

export default async function CustomerHomePage() {
  const actor = await requirePageActor(['CUSTOMER'], '/home');
  const [overview, t] = await Promise.all([
    getCustomerOverview({ actor }),
    getTranslations('customer'),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">{t('greeting', { name: overview.name })}</h1>
        {overview.identityVerified ? <Badge tone="success">{t('identityVerified')}</Badge> : null}
      </div>
      {overview.identityVerified ? null : (
        <Alert tone="warning" title={t('identityRequiredTitle')}>
          {t('identityRequiredBody')}
        </Alert>
      )}
      <section aria-labelledby="pay-title" className="space-y-3">
        <h2 id="pay-title" className="font-semibold">
          {t('whatToPay')}
        </h2>
        <CategoryGrid href="/home" />
      </section>
      <section aria-labelledby="recent-title" className="space-y-3">
        <h2 id="recent-title" className="font-semibold">
          {t('recentTitle')}
        </h2>
        <EmptyState title={t('recentEmpty')} description={t('recentEmptyBody')} />
      </section>
    </div>
  );
}
