import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { buttonClassName } from '@/components/ui/button';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { isAppError } from '@/lib/server/errors';
import { getShiftReport, type ShiftReport } from '@/lib/server/shifts/get-shift-report';
import { ShiftReportView } from '../../_components/shift-report-view';
import { PrintPageButton } from './print-page-button';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ closed?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('counter'))('report.title') };
}

async function load(id: string): Promise<ShiftReport> {
  const actor = await requirePageActor(['AGENT'], `/agent/shift/${id}`);
  try {
    return await getShiftReport({ actor, shiftId: id, locale: toLocale(await getLocale()) });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

/** One shift's report, printable on A4. */
export default async function ShiftReportPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [report, t, locale] = await Promise.all([
    load(id),
    getTranslations('counter'),
    getLocale().then(toLocale),
  ]);
  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <style>{'@page { size: A4; margin: 14mm; }'}</style>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">{t('report.title')}</h1>
          <p className="text-sm text-slate-600">
            {report.cashierName} · {formatDateTimeWib(report.openedAt, locale)}
          </p>
        </div>
        <div className="flex gap-2 print:hidden">
          <PrintPageButton label={t('report.print')} />
          <Link href="/agent/shift" className={buttonClassName('ghost', 'md')}>
            {t('report.back')}
          </Link>
        </div>
      </div>
      {query.closed === '1' && !report.open ? (
        <Alert tone="success" className="print:hidden">
          {t('close.done')}
        </Alert>
      ) : null}
      <ShiftReportView report={report} />
    </div>
  );
}
