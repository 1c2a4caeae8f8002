import type { Metadata } from 'next';
import { ListSearchForm } from '@/components/shell/list-search-form';
import { PageNav } from '@/components/shell/page-nav';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { buttonClassName } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import {
  formatWaitingTime,
  IDENTITY_STATUSES,
  waitingTime,
  type IdentitySubmissionStatus,
} from '@/lib/domain/identity/review';
import { listIdentitySubmissions } from '@/lib/server/identity/list-identity-submissions';
import { StatusBadge } from './status-badge';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('identityReview'))('queueTitle') };
}

// Filters come from the URL, so a bad value falls back to the default instead of an error page.
const filtersSchema = z.object({
  status: z.enum(IDENTITY_STATUSES).default('PENDING').catch('PENDING'),
  q: z.string().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export default async function IdentityQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor(['ADMIN'], '/admin/identity');
  const filters = filtersSchema.parse(await searchParams);
  const [result, t, locale] = await Promise.all([
    listIdentitySubmissions({ actor, ...filters, search: filters.q }),
    getTranslations('identityReview'),
    getLocale(),
  ]);
  const now = new Date();
  const href = (changes: { status?: IdentitySubmissionStatus; page?: number }) => {
    const params = new URLSearchParams({ status: changes.status ?? filters.status });
    if (filters.q) params.set('q', filters.q);
    params.set('page', String(changes.page ?? 1));
    return `/admin/identity?${params.toString()}`;
  };
  const pending = filters.status === 'PENDING';

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('queueTitle')}</h1>
      <nav aria-label={t('statusFilter')} className="flex gap-1 border-b border-slate-200">
        {IDENTITY_STATUSES.map((status) => (
          <Link
            key={status}
            href={href({ status })}
            aria-current={status === filters.status ? 'page' : undefined}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm font-medium',
              status === filters.status
                ? 'border-brand-700 text-brand-800'
                : 'border-transparent text-slate-600 hover:text-slate-900',
            )}
          >
            {t(`tab${status}`)}
          </Link>
        ))}
      </nav>
      <ListSearchForm
        action="/admin/identity"
        searchLabel={t('search')}
        query={filters.q}
        hidden={{ status: filters.status }}
      />

      {result.rows.length === 0 ? (
        <EmptyState
          title={filters.q ? t('noMatches') : t(`empty${filters.status}`)}
          description={filters.q ? t('noMatchesBody') : t(`empty${filters.status}Body`)}
        />
      ) : (
        <Table caption={t(`tab${filters.status}`)}>
          <THead>
            <TR>
              <TH>{t('fullName')}</TH>
              <TH>{t('submittedAt')}</TH>
              <TH className="max-md:hidden">{t('email')}</TH>
              <TH>{t('nik')}</TH>
              {/* The tabs already say the status; on a phone the column only pushes the action away. */}
              <TH className="max-lg:hidden">{t('status')}</TH>
              <TH>{pending ? t('waiting') : t('decidedAt')}</TH>
              <TH>
                <span className="sr-only">{t('actions')}</span>
              </TH>
            </TR>
          </THead>
          <TBody>
            {result.rows.map((row) => (
              <TR key={row.id}>
                <TD className="min-w-44 font-medium">
                  <Link
                    href={`/admin/identity/${row.id}`}
                    className="text-brand-700 hover:underline"
                  >
                    {row.fullName}
                  </Link>
                  {row.customer.name !== row.fullName ? (
                    <span className="block text-xs font-normal text-slate-500">
                      {t('accountNameNote', { name: row.customer.name })}
                    </span>
                  ) : null}
                  <span className="block text-xs font-normal break-all text-slate-500 md:hidden">
                    {row.customer.email}
                  </span>
                </TD>
                <TD className="min-w-32 md:whitespace-nowrap">
                  {formatDateTimeWib(row.createdAt, locale)}
                </TD>
                <TD className="max-md:hidden">{row.customer.email}</TD>
                <TD className="font-mono whitespace-nowrap tabular-nums">{row.nikMasked}</TD>
                <TD className="max-lg:hidden">
                  <StatusBadge status={row.status} />
                </TD>
                <TD className="whitespace-nowrap">
                  {pending ? (
                    <Badge tone="warning">
                      {formatWaitingTime(waitingTime(row.createdAt, now), locale)}
                    </Badge>
                  ) : row.reviewedAt ? (
                    formatDateTimeWib(row.reviewedAt, locale)
                  ) : null}
                </TD>
                <TD className="text-right">
                  <Link
                    href={`/admin/identity/${row.id}`}
                    className={buttonClassName(pending ? 'primary' : 'secondary', 'sm')}
                  >
                    {pending ? t('review') : t('open')}
                    <span className="sr-only">: {row.fullName}</span>
                  </Link>
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}

      <PageNav page={result.page} pageCount={result.pageCount} hrefFor={(page) => href({ page })} />
    </div>
  );
}
