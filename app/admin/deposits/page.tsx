import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { buttonClassName } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { FactList } from '@/components/ui/fact-list';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import {
  listTopUpsForReview,
  REVIEW_FILTERS,
  type ReviewFilter,
  type TopUpForReview,
} from '@/lib/server/deposits/list-top-ups-for-review';
import { TopUpDecision } from './top-up-decision';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('deposit'))('admin.title') };
}

// Filters come from the URL, so a bad value falls back to the default instead of an error page.
const filtersSchema = z.object({
  status: z.enum(REVIEW_FILTERS).default('PENDING').catch('PENDING'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

/** Manual top-ups: the queue of transfers to check, each with its proof and the decision. */
export default async function DepositTopUpsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor(['ADMIN'], '/admin/deposits');
  const filters = filtersSchema.parse(await searchParams);
  const [result, t, locale] = await Promise.all([
    listTopUpsForReview({ actor, ...filters }),
    getTranslations('deposit.admin'),
    getLocale().then(toLocale),
  ]);
  const href = (status: ReviewFilter, page = 1) =>
    `/admin/deposits?status=${status}${page > 1 ? `&page=${page}` : ''}`;
  const tp = await getTranslations('deposit.statement');

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>
      <nav aria-label={t('tabsLabel')} className="flex gap-1 border-b border-slate-200">
        {REVIEW_FILTERS.map((status) => (
          <Link
            key={status}
            href={href(status)}
            aria-current={status === filters.status ? 'page' : undefined}
            className={cn(
              '-mb-px border-b-2 px-3 py-2 text-sm font-medium',
              status === filters.status
                ? 'border-brand-700 text-brand-800'
                : 'border-transparent text-slate-600 hover:text-slate-900',
            )}
          >
            {t(`tab${status}`)}
            {status === 'PENDING' && filters.status === 'PENDING' && result.total > 0 ? (
              <Badge tone="warning" className="ml-2">
                {result.total}
              </Badge>
            ) : null}
          </Link>
        ))}
      </nav>
      {result.items.length === 0 ? (
        <EmptyState title={filters.status === 'PENDING' ? t('emptyPENDING') : t('emptyOther')} />
      ) : (
        <ul className="space-y-4">
          {result.items.map((topUp) => (
            <li key={topUp.id}>
              <TopUpCard topUp={topUp} locale={locale} />
            </li>
          ))}
        </ul>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label={tp('pages')} className="flex items-center justify-between text-sm">
          {result.page > 1 ? (
            <Link
              href={href(filters.status, result.page - 1)}
              className={buttonClassName('secondary', 'sm')}
            >
              {tp('previous')}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-600">
            {tp('pageOf', { page: result.page, count: result.pageCount })}
          </span>
          {result.page < result.pageCount ? (
            <Link
              href={href(filters.status, result.page + 1)}
              className={buttonClassName('secondary', 'sm')}
            >
              {tp('next')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}

async function TopUpCard({ topUp, locale }: { topUp: TopUpForReview; locale: 'id' | 'en' }) {
  const [t, tt] = await Promise.all([
    getTranslations('deposit.admin'),
    getTranslations('deposit.topUps'),
  ]);
  const proofUrl = `/api/deposits/top-ups/${topUp.id}/proof`;
  return (
    <Card data-testid="top-up-review">
      <CardContent className="grid gap-5 md:grid-cols-[16rem_1fr]">
        <a href={proofUrl} target="_blank" rel="noreferrer" className="group block space-y-1">
          {/* The proof comes from a private, uncached route: next/image cannot optimise it. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={proofUrl}
            alt={t('proofAlt', { outlet: topUp.outlet.name })}
            className="max-h-80 w-full rounded-lg border border-slate-200 bg-slate-50 object-contain"
          />
          <span className="text-brand-700 text-sm font-medium group-hover:underline">
            {t('openProof')}
          </span>
        </a>
        <div className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="text-2xl font-semibold tabular-nums">{formatRupiah(topUp.amount)}</p>
            <Badge
              tone={
                topUp.status === 'PAID'
                  ? 'success'
                  : topUp.status === 'REJECTED'
                    ? 'danger'
                    : 'warning'
              }
            >
              {tt(`status${topUp.status}`)}
            </Badge>
          </div>
          <FactList
            facts={[
              [t('outlet'), `${topUp.outlet.name} · ${topUp.outlet.address}`],
              [t('requestedBy'), `${topUp.requestedBy.name} (${topUp.requestedBy.email})`],
              [tt('method'), tt('methodMANUAL', { bank: topUp.channel })],
              [t('transferRef'), topUp.transferRef ?? '—'],
              [t('submittedAt'), formatDateTimeWib(topUp.createdAt, locale)],
            ]}
          />
          {topUp.status === 'PENDING' ? (
            <TopUpDecision
              topUpId={topUp.id}
              outlet={topUp.outlet.name}
              amount={formatRupiah(topUp.amount)}
              bank={topUp.channel}
            />
          ) : (
            <p className="text-sm text-slate-600">
              {topUp.reviewedBy && topUp.reviewedAt
                ? t('decidedBy', {
                    name: topUp.reviewedBy,
                    time: formatDateTimeWib(topUp.reviewedAt, locale),
                  })
                : null}
              {topUp.rejectionReason ? (
                <span className="block">{t('reason', { reason: topUp.rejectionReason })}</span>
              ) : null}
            </p>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
