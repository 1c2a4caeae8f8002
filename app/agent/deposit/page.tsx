import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { StatementTable } from '@/components/deposit/statement-table';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageActor } from '@/lib/auth/actor';
import { statementFiltersSchema } from '@/lib/domain/deposit';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { env } from '@/lib/env';
import { getDepositOverview } from '@/lib/server/deposits/get-deposit-overview';
import { listDepositStatement } from '@/lib/server/deposits/list-deposit-statement';
import { listTopUps } from '@/lib/server/deposits/list-top-ups';
import { getOutletContext } from '@/lib/server/outlets/get-outlet-context';
import { ManualTopUpForm } from './manual-top-up-form';
import { ThresholdForm } from './threshold-form';
import { PendingVas, TopUpList } from './top-up-list';
import { VaTopUpForm } from './va-top-up-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('deposit'))('title') };
}

// The sandbox's bank simulator pays demo VAs; a real gateway has none.
const simulatorUrl = env.GATEWAY_URL.startsWith(env.SANDBOX_URL)
  ? new URL('/gateway/simulator', env.SANDBOX_URL).toString()
  : null;

/** The outlet's deposit: what it holds, and for the owner its top-ups and statement. */
export default async function DepositPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor(['AGENT'], '/agent/deposit');
  const [outlet, t, locale] = await Promise.all([
    getOutletContext({ actor }),
    getTranslations('deposit'),
    getLocale().then(toLocale),
  ]);
  if (!outlet) return <Alert tone="warning">{(await getTranslations('agent'))('noOutlet')}</Alert>;
  const overview = await getDepositOverview({ actor });
  const owner = outlet.role === 'OWNER';
  const parsed = statementFiltersSchema.safeParse(await searchParams);
  const filters = parsed.success ? parsed.data : { page: 1 };
  const [topUps, statement] = owner
    ? await Promise.all([listTopUps({ actor }), listDepositStatement({ actor, filters, locale })])
    : [null, null];
  const figures = [
    { id: 'available', label: t('available'), hint: t('availableHint'), value: overview.available },
    { id: 'held', label: t('held'), hint: t('heldHint'), value: overview.held },
    { id: 'balance', label: t('balance'), hint: t('balanceHint'), value: overview.balance },
  ];

  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">{t('title')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>
      {overview.low ? (
        <Alert tone="warning" title={t('lowTitle')}>
          {t('lowBody', {
            available: formatRupiah(overview.available),
            threshold: formatRupiah(overview.lowBalanceThreshold),
          })}
        </Alert>
      ) : null}
      <Card>
        <CardContent>
          <dl className="grid gap-4 sm:grid-cols-3" data-testid="deposit-overview">
            {figures.map((figure) => (
              <div key={figure.id} className="space-y-0.5">
                <dt className="text-sm font-medium text-slate-600">{figure.label}</dt>
                <dd
                  className={
                    figure.id === 'available'
                      ? 'text-3xl font-semibold tracking-tight tabular-nums'
                      : 'pt-2 text-xl font-semibold text-slate-700 tabular-nums'
                  }
                  data-testid={`deposit-${figure.id}`}
                >
                  {formatRupiah(figure.value)}
                </dd>
                <dd className="text-xs text-slate-500">{figure.hint}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>

      {!owner || !topUps || !statement ? (
        <EmptyState title={t('cashierNote')} />
      ) : (
        <>
          <PendingVas topUps={topUps.items} locale={locale} simulatorUrl={simulatorUrl} />
          <div className="grid gap-4 lg:grid-cols-2">
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t('va.title')}</CardTitle>
                <CardDescription>{t('va.body')}</CardDescription>
              </CardHeader>
              <CardContent>
                <VaTopUpForm />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t('manual.title')}</CardTitle>
                <CardDescription>{t('manual.body')}</CardDescription>
              </CardHeader>
              <CardContent>
                <ManualTopUpForm />
              </CardContent>
            </Card>
          </div>
          <TopUpList topUps={topUps.items} locale={locale} />
          <div className="grid items-start gap-4 lg:grid-cols-[1fr_20rem]">
            <StatementTable
              statement={statement}
              filters={filters}
              locale={locale}
              basePath="/agent/deposit"
            />
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t('threshold.title')}</CardTitle>
                <CardDescription>{t('threshold.body')}</CardDescription>
              </CardHeader>
              <CardContent>
                <ThresholdForm threshold={overview.lowBalanceThreshold} />
              </CardContent>
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
