import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { buttonClassName } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib, formatDateWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import {
  RECONCILIATION_OUTCOMES,
  type ReconciliationOutcome,
  type RunItemFilters,
} from '@/lib/domain/reconciliation';
import { getRun } from '@/lib/server/admin/reconciliation/get-run';
import { isAppError } from '@/lib/server/errors';
import { ResolveItemForm } from './resolve-item-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reconciliation'))('title') };
}

const TONE: Record<ReconciliationOutcome, BadgeTone> = {
  MATCHED: 'success',
  AMOUNT_DIFFERS: 'warning',
  ONLY_THEIRS: 'danger',
  ONLY_OURS: 'info',
};

function query(filters: Partial<RunItemFilters>): string {
  const params = new URLSearchParams();
  if (filters.outcome) params.set('outcome', filters.outcome);
  if (filters.status) params.set('status', filters.status);
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  const text = params.toString();
  return text ? `?${text}` : '?';
}

const amount = (value: number | null) => (value === null ? '—' : formatRupiah(value));

export default async function ReconciliationRunPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const actor = await requirePageActor(['ADMIN'], `/admin/reconciliation/${id}`);
  const [t, tc, locale] = await Promise.all([
    getTranslations('reconciliation'),
    getTranslations('common'),
    getLocale().then(toLocale),
  ]);
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  let detail;
  try {
    detail = await getRun({
      actor,
      runId: id,
      filters: { outcome: first(raw.outcome), status: first(raw.status), page: first(raw.page) },
    });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
  const { run, filters, items, hasMore } = detail;
  const source = t(run.source === 'BILLER' ? 'sourceBILLER' : 'sourceGATEWAY');
  const title = t('runTitle', {
    source,
    date: formatDateWib(new Date(`${run.settlementDate}T12:00:00+07:00`), locale),
  });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <Link href="/admin/reconciliation" className="text-brand-700 text-sm hover:underline">
            ← {t('backToRuns')}
          </Link>
          <h1 className="text-2xl font-semibold">{title}</h1>
          <p className="text-sm text-slate-600">
            {t('runMeta', {
              file: run.fileName,
              name: run.importedBy,
              when: formatDateTimeWib(run.createdAt, locale),
            })}
          </p>
        </div>
        <a
          href={`/admin/reconciliation/${run.id}/export`}
          className={buttonClassName('secondary', 'md')}
          download
        >
          {t('export')}
        </a>
      </div>

      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4" aria-label={t('columnOutcome')}>
        {RECONCILIATION_OUTCOMES.map((outcome) => {
          const active = filters.outcome === outcome;
          return (
            <li key={outcome}>
              <Link
                href={query({ outcome: active ? undefined : outcome, status: filters.status })}
                aria-current={active ? 'true' : undefined}
                data-testid={`count-${outcome}`}
                className={cn(
                  'rounded-card block border bg-white p-4 shadow-sm transition-colors hover:border-slate-400',
                  active ? 'border-brand-700 ring-brand-700 ring-1' : 'border-slate-200',
                )}
              >
                <Badge tone={TONE[outcome]}>{t(`outcome${outcome}`)}</Badge>
                <span className="mt-2 block text-3xl font-semibold tabular-nums">
                  {run.counts[outcome]}
                </span>
                <span className="block text-xs text-slate-600">{t(`outcomeHint${outcome}`)}</span>
              </Link>
            </li>
          );
        })}
      </ul>

      <nav aria-label={t('filterLabel')} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">{t('filterLabel')}:</span>
        {(
          [
            [undefined, t('filterAll')],
            ['OPEN', t('filterOpen')],
          ] as const
        ).map(([status, label]) => (
          <Link
            key={label}
            href={query({ outcome: filters.outcome, status })}
            aria-current={filters.status === status ? 'page' : undefined}
            className={buttonClassName(filters.status === status ? 'primary' : 'secondary', 'sm')}
          >
            {label}
          </Link>
        ))}
        {filters.outcome ? (
          <Link href={query({ status: filters.status })} className="text-brand-700 hover:underline">
            {t(`outcome${filters.outcome}`)} ✕
          </Link>
        ) : null}
      </nav>

      {items.length === 0 ? (
        <EmptyState title={t('itemsEmptyTitle')} description={t('itemsEmptyBody')} />
      ) : (
        <Table caption={title}>
          <THead>
            <TR>
              <TH>{t('columnOutcome')}</TH>
              <TH>{t('columnReference')}</TH>
              {/* Two-line headings keep the note and its button in view on a laptop. */}
              <TH className="text-right whitespace-normal">{t('columnTheirs')}</TH>
              <TH className="text-right whitespace-normal">{t('columnOurs')}</TH>
              <TH className="text-right whitespace-normal">{t('columnDifference')}</TH>
              <TH>{t('columnStatus')}</TH>
            </TR>
          </THead>
          <TBody>
            {items.map((item) => (
              <TR key={item.id} data-reference={item.reference}>
                <TD>
                  <Badge tone={TONE[item.outcome]}>{t(`outcome${item.outcome}`)}</Badge>
                </TD>
                <TD>
                  <span className="block font-mono text-xs whitespace-nowrap">
                    {item.reference}
                  </span>
                  {item.transactionId ? (
                    <Link
                      href={`/admin/transactions/${item.transactionId}`}
                      className="text-brand-700 text-xs hover:underline"
                    >
                      {t('openTransaction')} →
                    </Link>
                  ) : null}
                </TD>
                <TD className="text-right whitespace-nowrap tabular-nums">
                  {amount(item.theirAmount)}
                </TD>
                <TD className="text-right whitespace-nowrap tabular-nums">
                  {amount(item.ourAmount)}
                </TD>
                <TD className="text-right whitespace-nowrap tabular-nums">
                  {item.theirAmount !== null && item.ourAmount !== null
                    ? amount(item.theirAmount - item.ourAmount)
                    : '—'}
                </TD>
                <TD>
                  {item.status === 'OPEN' ? (
                    <ResolveItemForm itemId={item.id} reference={item.reference} />
                  ) : (
                    <div className="space-y-0.5 text-sm">
                      <Badge tone="neutral">{t('statusRESOLVED')}</Badge>
                      {item.resolutionNote ? (
                        <p className="max-w-72 text-slate-700">{item.resolutionNote}</p>
                      ) : null}
                      {item.resolvedBy && item.resolvedAt ? (
                        <p className="text-xs text-slate-500">
                          {t('resolvedBy', {
                            name: item.resolvedBy,
                            when: formatDateTimeWib(item.resolvedAt, locale),
                          })}
                        </p>
                      ) : null}
                    </div>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}

      {filters.page > 1 || hasMore ? (
        <nav aria-label={t('page', { page: filters.page })} className="flex justify-end gap-2">
          {filters.page > 1 ? (
            <Link
              className={buttonClassName('secondary', 'sm')}
              href={query({ ...filters, page: filters.page - 1 })}
            >
              {tc('previous')}
            </Link>
          ) : null}
          {hasMore ? (
            <Link
              className={buttonClassName('secondary', 'sm')}
              href={query({ ...filters, page: filters.page + 1 })}
            >
              {tc('next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
