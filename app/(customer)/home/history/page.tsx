import { Download } from 'lucide-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { buttonClassName } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageActor } from '@/lib/auth/actor';
import {
  historyFiltersSchema,
  historyQuery,
  isFiltered,
  type HistoryFilterField,
  type HistoryFilters as Filters,
} from '@/lib/domain/history';
import { toLocale } from '@/lib/domain/locale';
import { listHistory } from '@/lib/server/transactions/list-history';
import { HistoryFilters, type FilterValues } from './history-filters';
import { HistoryList } from './history-list';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('history'))('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

const FIELDS: HistoryFilterField[] = ['status', 'category', 'from', 'to', 'q', 'page'];

/** What the form shows again: the values as the URL had them, right or wrong. */
function formValues(params: SearchParams): FilterValues {
  return Object.fromEntries(
    FIELDS.map((field) => {
      const value = params[field];
      return [field, Array.isArray(value) ? value[0] : value];
    }),
  );
}

export default async function HistoryPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePageActor(['CUSTOMER'], '/home/history');
  const params = await searchParams;
  const parsed = historyFiltersSchema.safeParse(params);
  const [t, tv, locale] = await Promise.all([
    getTranslations('history'),
    getTranslations('validation'),
    getLocale().then(toLocale),
  ]);

  if (!parsed.success) {
    const errors: Partial<Record<HistoryFilterField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as HistoryFilterField;
      const key = issue.message as Parameters<typeof tv>[0];
      errors[field] ??= tv.has(key) ? tv(key) : tv('invalid');
    }
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">{t('title')}</h1>
        <HistoryFilters values={formValues(params)} errors={errors} />
        <Alert tone="danger" title={t('filtersInvalid')}>
          <ul>
            {Object.values(errors).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <Link href="/home/history" className="mt-2 inline-block font-medium underline">
            {t('reset')}
          </Link>
        </Alert>
      </div>
    );
  }

  const filters = parsed.data;
  const result = await listHistory({ actor, filters, locale });
  // A page past the end (rows deleted meanwhile, an edited URL): the last one that exists.
  if (result.rows.length === 0 && result.page > result.pageCount) {
    redirect(`/home/history${historyQuery(filters, result.pageCount)}`);
  }
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t('title')}</h1>
      <HistoryFilters values={formValues(params)} errors={{}} />
      {result.total > 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-slate-600" aria-live="polite">
            {t('resultCount', { total: result.total })}
          </p>
          <div className="flex items-center gap-1">
            {isFiltered(filters) ? (
              <Link href="/home/history" className={buttonClassName('ghost', 'sm')}>
                {t('reset')}
              </Link>
            ) : null}
            {/* A plain link: the browser downloads the file; no client code is involved. */}
            <a
              href={`/home/history/export${historyQuery(filters)}`}
              download
              title={t('downloadHint')}
              className={buttonClassName('secondary', 'sm')}
            >
              <Download aria-hidden="true" className="size-4" />
              {t('download')}
            </a>
          </div>
        </div>
      ) : null}
      {result.rows.length > 0 ? (
        <>
          <HistoryList rows={result.rows} locale={locale} />
          <Pagination filters={filters} page={result.page} pageCount={result.pageCount} />
        </>
      ) : (
        <Empty filtered={isFiltered(filters)} />
      )}
    </div>
  );
}

async function Empty({ filtered }: { filtered: boolean }) {
  const t = await getTranslations('history');
  return filtered ? (
    <EmptyState
      title={t('noMatchTitle')}
      description={t('noMatchBody')}
      action={
        <Link href="/home/history" className={buttonClassName('secondary', 'md')}>
          {t('reset')}
        </Link>
      }
    />
  ) : (
    <EmptyState
      title={t('emptyTitle')}
      description={t('emptyBody')}
      action={
        <Link href="/home" className={buttonClassName('primary', 'md')}>
          {t('emptyAction')}
        </Link>
      }
    />
  );
}

async function Pagination({
  filters,
  page,
  pageCount,
}: {
  filters: Filters;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const tc = await getTranslations('common');
  const label = tc('pageOf', { page, pageCount });
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-2 text-sm">
      <span className="text-slate-600">{label}</span>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link
            className={buttonClassName('secondary', 'sm')}
            href={`/home/history${historyQuery(filters, page - 1)}`}
            rel="prev"
          >
            {tc('previous')}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link
            className={buttonClassName('secondary', 'sm')}
            href={`/home/history${historyQuery(filters, page + 1)}`}
            rel="next"
          >
            {tc('next')}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
