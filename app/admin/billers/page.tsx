import { Plus } from 'lucide-react';
import type { Metadata } from 'next';
import { ListSearchForm } from '@/components/shell/list-search-form';
import { PageNav } from '@/components/shell/page-nav';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { z } from 'zod';
import { buttonClassName } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/actor';
import { BILLER_CATEGORY_CODES, BILLER_STATUSES } from '@/lib/domain/biller-config';
import { categorySlug } from '@/lib/domain/categories';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { listBillersAdmin } from '@/lib/server/admin/billers/list-billers-admin';
import { BillerStatusBadge } from './status-badge';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCatalogue'))('billersTitle') };
}

// Filters come from the URL, so a bad value falls back to "no filter" instead of an error page.
const filtersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  category: z.enum(BILLER_CATEGORY_CODES).optional().catch(undefined),
  status: z.enum(BILLER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export default async function AdminBillersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor(['ADMIN'], '/admin/billers');
  const filters = filtersSchema.parse(await searchParams);
  const [result, t, tcat, locale] = await Promise.all([
    listBillersAdmin({
      actor,
      search: filters.q,
      category: filters.category,
      status: filters.status,
      page: filters.page,
    }),
    getTranslations('adminCatalogue'),
    getTranslations('categories'),
    getLocale().then(toLocale),
  ]);
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (filters.q) params.set('q', filters.q);
    if (filters.category) params.set('category', filters.category);
    if (filters.status) params.set('status', filters.status);
    params.set('page', String(page));
    return `/admin/billers?${params.toString()}`;
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('billersTitle')}</h1>
        <Link href="/admin/billers/new" className={buttonClassName('primary', 'md')}>
          <Plus aria-hidden="true" className="size-4" />
          {t('addBiller')}
        </Link>
      </div>
      <ListSearchForm
        action="/admin/billers"
        searchLabel={t('searchBillers')}
        query={filters.q}
        selects={[
          {
            name: 'category',
            label: t('columns.category'),
            value: filters.category,
            anyLabel: t('allCategories'),
            options: BILLER_CATEGORY_CODES.map((code) => ({
              value: code,
              label: tcat(categorySlug(code)),
            })),
          },
          {
            name: 'status',
            label: t('columns.status'),
            value: filters.status,
            anyLabel: t('allStatuses'),
            options: BILLER_STATUSES.map((status) => ({
              value: status,
              label: t(`statuses.${status}`),
            })),
          },
        ]}
      />

      {result.rows.length === 0 ? (
        <EmptyState title={t('noBillers')} description={t('noBillersBody')} />
      ) : (
        <Table caption={t('resultCount', { total: result.total })}>
          <THead>
            <TR>
              <TH>{t('columns.name')}</TH>
              <TH className="max-md:hidden">{t('columns.category')}</TH>
              <TH className="max-md:hidden">{t('columns.kind')}</TH>
              <TH>{t('columns.status')}</TH>
              <TH className="text-right">{t('columns.adminFee')}</TH>
              <TH className="text-right">{t('columns.commission')}</TH>
              <TH className="text-right">{t('columns.maxMarkup')}</TH>
              <TH className="text-right">{t('columns.products')}</TH>
              <TH>{t('columns.updated')}</TH>
            </TR>
          </THead>
          <TBody>
            {result.rows.map((biller) => (
              <TR key={biller.id}>
                <TD className="min-w-48">
                  <Link
                    href={`/admin/billers/${biller.id}`}
                    className="text-brand-800 font-medium hover:underline"
                  >
                    {locale === 'id' ? biller.nameId : biller.nameEn}
                  </Link>
                  <span className="block font-mono text-xs text-slate-500">{biller.code}</span>
                  <span className="block text-xs text-slate-500 md:hidden">
                    {tcat(categorySlug(biller.category))} · {t(`kinds.${biller.kind}`)}
                  </span>
                </TD>
                <TD className="whitespace-nowrap max-md:hidden">
                  {tcat(categorySlug(biller.category))}
                </TD>
                <TD className="whitespace-nowrap max-md:hidden">{t(`kinds.${biller.kind}`)}</TD>
                <TD>
                  <BillerStatusBadge status={biller.status} />
                </TD>
                <TD className="text-right tabular-nums">{formatRupiah(biller.adminFee)}</TD>
                <TD className="text-right tabular-nums">{formatRupiah(biller.agentCommission)}</TD>
                <TD className="text-right tabular-nums">{formatRupiah(biller.maxOutletMarkup)}</TD>
                <TD className="text-right tabular-nums">{biller.productCount}</TD>
                <TD className="whitespace-nowrap">{formatDateTimeWib(biller.updatedAt, locale)}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}

      <PageNav page={result.page} pageCount={result.pageCount} hrefFor={pageHref} />
    </div>
  );
}
