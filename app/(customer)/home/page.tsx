import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { BillerSearch } from '@/components/shell/biller-search';
import { CategoryGrid } from '@/components/shell/category-grid';
import { VerificationChecklist } from '@/components/identity/verification-checklist';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageActor } from '@/lib/auth/actor';
import { toLocale } from '@/lib/domain/locale';
import { getCustomerOverview } from '@/lib/server/accounts/get-customer-overview';
import { listSavedReferences } from '@/lib/server/saved-references/list-saved-references';
import { SavedReferenceItem } from './saved/saved-reference-item';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('customer'))('navHome') };
}

const SAVED_ON_HOME = 3;

export default async function CustomerHomePage() {
  const actor = await requirePageActor(['CUSTOMER'], '/home');
  const locale = toLocale(await getLocale());
  const [overview, saved, t, tp] = await Promise.all([
    getCustomerOverview({ actor }),
    listSavedReferences({ actor, locale }),
    getTranslations('customer'),
    getTranslations('pay'),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">{t('greeting', { name: overview.name })}</h1>
        {overview.identityVerified ? <Badge tone="success">{t('identityVerified')}</Badge> : null}
      </div>
      <VerificationChecklist
        steps={overview.missingVerification}
        title={t('identityRequiredTitle')}
      />
      <BillerSearch />
      <section aria-labelledby="pay-title" className="space-y-3">
        <h2 id="pay-title" className="font-semibold">
          {t('whatToPay')}
        </h2>
        <CategoryGrid hrefFor={(category) => `/home/billers?category=${category}`} />
      </section>
      <section aria-labelledby="saved-title" className="space-y-3">
        <div className="flex items-center justify-between">
          <h2 id="saved-title" className="font-semibold">
            {tp('savedTitle')}
          </h2>
          {saved.length > SAVED_ON_HOME ? (
            <Link href="/home/saved" className="text-brand-700 text-sm font-medium hover:underline">
              {tp('seeAll')}
            </Link>
          ) : null}
        </div>
        {saved.length === 0 ? (
          <EmptyState title={tp('savedEmpty')} description={tp('savedEmptyBody')} />
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
            {saved.slice(0, SAVED_ON_HOME).map((item) => (
              <SavedReferenceItem key={item.id} saved={item} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
