import { ChevronRight } from 'lucide-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { z } from 'zod';
import { BillerSearch } from '@/components/shell/biller-search';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageActor } from '@/lib/auth/actor';
import { BILL_CATEGORIES } from '@/lib/domain/categories';
import { toLocale } from '@/lib/domain/locale';
import { listBillers } from '@/lib/server/catalogue/list-billers';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('pay'))('billersTitle') };
}

const filtersSchema = z.object({
  category: z.enum(BILL_CATEGORIES).optional().catch(undefined),
  q: z.string().trim().max(60).optional().catch(undefined),
});

export default async function BillersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageActor(['CUSTOMER'], '/home/billers');
  const filters = filtersSchema.parse(await searchParams);
  const locale = toLocale(await getLocale());
  const [billers, t, tc] = await Promise.all([
    listBillers({ category: filters.category, search: filters.q, locale }),
    getTranslations('pay'),
    getTranslations('categories'),
  ]);
  const title = filters.q
    ? t('searchResults', { query: filters.q })
    : filters.category
      ? tc(filters.category)
      : t('billersTitle');

  return (
    <div className="space-y-4">
      <BillerSearch defaultValue={filters.q} />
      <h1 className="text-xl font-semibold">{title}</h1>
      {billers.length === 0 ? (
        <EmptyState title={t('noBillers')} description={t('noBillersBody')} />
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white">
          {billers.map((biller) => (
            <li key={biller.code}>
              <Link
                href={`/home/billers/${biller.code}`}
                className="flex min-h-14 items-center gap-3 px-4 py-3 hover:bg-slate-50"
              >
                <span className="flex-1">
                  <span className="block font-medium">{biller.name}</span>
                  <span className="text-xs text-slate-500">
                    {biller.kind === 'PREPAID' ? t('prepaid') : t('postpaid')}
                  </span>
                </span>
                {biller.availability.state === 'maintenance' ? (
                  <Badge tone="warning">{t('maintenance')}</Badge>
                ) : null}
                {biller.availability.state === 'cut-off' ? (
                  <Badge tone="warning">{t('cutOff')}</Badge>
                ) : null}
                <ChevronRight aria-hidden="true" className="size-4 text-slate-400" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
