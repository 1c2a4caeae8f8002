import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AutoRefresh } from '@/components/shell/auto-refresh';
import { Alert } from '@/components/ui/alert';
import { buttonClassName } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { getDepositOverview } from '@/lib/server/deposits/get-deposit-overview';
import { isAppError } from '@/lib/server/errors';
import { getCounterDesk } from '@/lib/server/outlets/get-counter-desk';
import { SalesTable } from '../_components/sales-table';
import { CounterScreen } from './counter-screen';
import { OpenShiftForm } from './open-shift-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('counter'))('title') };
}

async function loadDesk(actor: Awaited<ReturnType<typeof requirePageActor>>) {
  const locale = toLocale(await getLocale());
  try {
    const [desk, deposit] = await Promise.all([
      getCounterDesk({ actor, locale }),
      getDepositOverview({ actor }),
    ]);
    return { desk, deposit, locale };
  } catch (error) {
    if (isAppError(error) && error.messageKey === 'noOutlet') return null;
    throw error;
  }
}

export default async function CounterPage() {
  const actor = await requirePageActor(['AGENT'], '/agent/counter');
  const [loaded, t] = await Promise.all([loadDesk(actor), getTranslations('counter')]);
  if (!loaded) return <Alert tone="warning">{(await getTranslations('agent'))('noOutlet')}</Alert>;
  const { desk, deposit, locale } = loaded;
  const { shift } = desk;
  const pending = desk.recentSales.some((sale) => saleIsPending(sale.status));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <h1 className="text-xl font-semibold tracking-tight">{t('title')}</h1>
        {shift ? (
          <p className="text-sm text-slate-600" data-testid="shift-status">
            {t('shiftOpenSince', {
              time: formatDateTimeWib(shift.openedAt, locale),
              cash: formatRupiah(shift.openingCash),
            })}
          </p>
        ) : null}
        <div className="ml-auto flex items-center gap-3 text-sm">
          {shift ? (
            <Link href="/agent/shift" className={buttonClassName('secondary', 'sm')}>
              {t('closeShiftLink')}
            </Link>
          ) : null}
          {shift ? (
            <p className="text-slate-500">
              <kbd className="rounded border border-slate-300 bg-white px-1.5 font-mono text-xs">
                ?
              </kbd>{' '}
              {t('shortcutsHint')}
            </p>
          ) : null}
        </div>
      </div>
      {deposit.low ? (
        <Alert tone="warning" title={t('lowBalanceTitle')}>
          {t('lowBalanceBody', { available: formatRupiah(deposit.available) })}{' '}
          <Link href="/agent/deposit" className="font-medium underline">
            {t('topUpLink')}
          </Link>
        </Alert>
      ) : null}
      {shift ? (
        <>
          <CounterScreen
            billers={desk.billers}
            operatorPrefixes={desk.operatorPrefixes}
            available={deposit.available}
          />
          <section className="space-y-2">
            <h2 className="text-base font-semibold">{t('recentSales')}</h2>
            {desk.recentSales.length === 0 ? (
              <EmptyState title={t('noSalesYet')} description={t('noSalesYetBody')} />
            ) : (
              <SalesTable sales={desk.recentSales} caption={t('recentSales')} />
            )}
            {pending ? <AutoRefresh everyMs={5000} /> : null}
          </section>
        </>
      ) : (
        <Card className="max-w-xl">
          <CardHeader>
            <CardTitle as="h2">{t('openShiftTitle')}</CardTitle>
            <CardDescription>{t('openShiftBody')}</CardDescription>
          </CardHeader>
          <CardContent>
            <OpenShiftForm />
          </CardContent>
        </Card>
      )}
    </div>
  );
}

const saleIsPending = (status: string) =>
  status === 'PENDING_BILLER' || status === 'PROCESSING' || status === 'PAID';
