import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { buttonClassName } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/actor';
import { toLocale } from '@/lib/domain/locale';
import { getOutletContext } from '@/lib/server/outlets/get-outlet-context';
import { getOpenShiftReport } from '@/lib/server/shifts/get-shift-report';
import { listShifts } from '@/lib/server/shifts/list-shifts';
import { ShiftReportView } from '../_components/shift-report-view';
import { ShiftList } from './shift-list';
import { CloseShiftForm } from './close-shift-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('counter'))('shiftPage.title') };
}

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export default async function ShiftPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor(['AGENT'], '/agent/shift');
  const { page } = querySchema.parse(await searchParams);
  const [context, t, locale] = await Promise.all([
    getOutletContext({ actor }),
    getTranslations('counter'),
    getLocale().then(toLocale),
  ]);
  if (!context) return <Alert tone="warning">{(await getTranslations('agent'))('noOutlet')}</Alert>;
  const [open, shifts] = await Promise.all([
    getOpenShiftReport({ actor, locale }),
    listShifts({ actor, page }),
  ]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold tracking-tight">{t('shiftPage.title')}</h1>
        {context.role === 'OWNER' ? (
          <Link href="/agent/shift/recap" className={buttonClassName('secondary', 'sm')}>
            {t('shiftPage.recapLink')}
          </Link>
        ) : null}
      </div>
      {open ? (
        <div className="grid items-start gap-4 xl:grid-cols-[24rem_minmax(0,1fr)]">
          <Card>
            <CardHeader>
              <CardTitle as="h2">{t('close.title')}</CardTitle>
              <CardDescription>{t('close.body')}</CardDescription>
            </CardHeader>
            <CardContent>
              <CloseShiftForm shiftId={open.id} expected={open.expectedCash} />
            </CardContent>
          </Card>
          <ShiftReportView report={open} />
        </div>
      ) : (
        <Alert tone="info" title={t('shiftPage.noneOpen')}>
          <Link href="/agent/counter" className="font-medium underline">
            {t('shiftPage.openAtCounter')}
          </Link>
        </Alert>
      )}
      <ShiftList shifts={shifts} showCashier={context.role === 'OWNER'} />
    </div>
  );
}
