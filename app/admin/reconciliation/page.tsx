import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClassName } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib, formatDateWib } from '@/lib/domain/datetime';
import { csvDateTimeWib } from '@/lib/domain/history';
import { toLocale } from '@/lib/domain/locale';
import { listRuns } from '@/lib/server/admin/reconciliation/list-runs';
import { ImportForm } from './import-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reconciliation'))('title') };
}

export default async function ReconciliationPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const actor = await requirePageActor(['ADMIN'], '/admin/reconciliation');
  const rawPage = (await searchParams).page;
  const page = Math.min(
    10_000,
    Math.max(1, Number(Array.isArray(rawPage) ? rawPage[0] : rawPage) || 1),
  );
  const [t, tc, locale] = await Promise.all([
    getTranslations('reconciliation'),
    getTranslations('common'),
    getLocale().then(toLocale),
  ]);
  const { runs, hasMore } = await listRuns({ actor, page });
  const today = csvDateTimeWib(new Date()).slice(0, 10);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle as="h2" id="import-title">
            {t('importTitle')}
          </CardTitle>
        </CardHeader>
        <CardContent>
          <ImportForm today={today} />
        </CardContent>
      </Card>

      <section aria-labelledby="runs-title" className="space-y-3">
        <h2 id="runs-title" className="text-lg font-semibold">
          {t('runsTitle')}
        </h2>
        {runs.length === 0 ? (
          <EmptyState title={t('runsEmptyTitle')} description={t('runsEmptyBody')} />
        ) : (
          <Table caption={t('runsTitle')}>
            <THead>
              <TR>
                <TH>{t('columnDate')}</TH>
                <TH>{t('columnSource')}</TH>
                <TH>{t('columnFile')}</TH>
                <TH>{t('columnResult')}</TH>
                <TH>{t('columnOpen')}</TH>
                <TH>{t('columnImported')}</TH>
              </TR>
            </THead>
            <TBody>
              {runs.map((run) => (
                <TR key={run.id}>
                  <TD className="whitespace-nowrap">
                    <Link
                      href={`/admin/reconciliation/${run.id}`}
                      className="text-brand-700 font-medium hover:underline"
                    >
                      {formatDateWib(new Date(`${run.settlementDate}T12:00:00+07:00`), locale)}
                    </Link>
                  </TD>
                  <TD>{t(`source${run.source === 'BILLER' ? 'BILLER' : 'GATEWAY'}`)}</TD>
                  <TD className="max-w-48 truncate font-mono text-xs">{run.fileName}</TD>
                  <TD className="whitespace-nowrap">
                    {t('resultSummary', {
                      matched: run.counts.matched,
                      differences: run.counts.differs + run.counts.onlyTheirs + run.counts.onlyOurs,
                    })}
                  </TD>
                  <TD>
                    {run.openCount > 0 ? (
                      <Badge tone="warning">{t('openCount', { count: run.openCount })}</Badge>
                    ) : (
                      <Badge tone="success">{t('allResolved')}</Badge>
                    )}
                  </TD>
                  <TD className="text-sm whitespace-nowrap">
                    <span className="block">{formatDateTimeWib(run.createdAt, locale)}</span>
                    <span className="text-xs text-slate-500">{run.importedBy}</span>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        {page > 1 || hasMore ? (
          <nav aria-label={t('page', { page })} className="flex justify-end gap-2">
            {page > 1 ? (
              <Link className={buttonClassName('secondary', 'sm')} href={`?page=${page - 1}`}>
                {tc('previous')}
              </Link>
            ) : null}
            {hasMore ? (
              <Link className={buttonClassName('secondary', 'sm')} href={`?page=${page + 1}`}>
                {tc('next')}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
