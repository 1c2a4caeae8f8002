import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateWib } from '@/lib/domain/datetime';
import { formatWaitingTime, waitingTime } from '@/lib/domain/identity/review';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { getUserStats } from '@/lib/server/accounts/get-user-stats';
import { getDashboard } from '@/lib/server/admin/dashboard/get-dashboard';
import { DashboardAlerts } from './_dashboard/dashboard-alerts';
import { CategoriesSection, DaysSection, formatRate } from './_dashboard/trend-sections';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminTransactions'))('dashboard.title') };
}

function Stat({
  label,
  value,
  hint,
  href,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  href?: string;
  testId: string;
}) {
  return (
    <Card className="h-full gap-2 py-4 sm:py-5">
      <CardHeader>
        <CardTitle as="h3" className="text-sm font-medium text-slate-500">
          {label}
        </CardTitle>
      </CardHeader>
      <CardContent>
        <p className="text-3xl font-semibold tabular-nums" data-testid={testId}>
          {href ? (
            <Link href={href} className="hover:underline">
              {value}
            </Link>
          ) : (
            value
          )}
        </p>
        <p className="mt-1 text-sm text-slate-600">{hint}</p>
      </CardContent>
    </Card>
  );
}

export default async function AdminDashboardPage() {
  const actor = await requirePageActor(['ADMIN'], '/admin');
  const locale = toLocale(await getLocale());
  const [dashboard, users, t] = await Promise.all([
    getDashboard({ actor, locale }),
    getUserStats({ actor }),
    getTranslations('adminTransactions.dashboard'),
  ]);
  const { today, pending, now } = dashboard;
  const count = (value: number) => value.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB');

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-slate-600">{t('today', { date: formatDateWib(now, locale) })}</p>
      </div>

      <DashboardAlerts alerts={dashboard.alerts} locale={locale} />

      <section aria-label={t('today', { date: formatDateWib(now, locale) })}>
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
          <li>
            <Stat
              testId="stat-count"
              label={t('todayCount')}
              value={count(today.count)}
              hint={t('todayCountHint', { succeeded: today.succeeded, failed: today.failed })}
            />
          </li>
          <li>
            <Stat
              testId="stat-amount"
              label={t('todayAmount')}
              value={formatRupiah(today.amount)}
              hint={t('todayAmountHint')}
            />
          </li>
          <li>
            <Stat
              testId="stat-rate"
              label={t('successRate')}
              value={formatRate(today.successRate, locale) ?? t('noRate')}
              hint={t('successRateHint')}
            />
          </li>
          <li>
            <Stat
              testId="stat-pending"
              label={t('pending')}
              value={count(pending.count)}
              href={pending.count > 0 ? '/admin/transactions?status=PENDING_BILLER' : undefined}
              hint={
                pending.oldestAt
                  ? t('pendingOldest', {
                      age: formatWaitingTime(waitingTime(pending.oldestAt, now), locale),
                    })
                  : t('pendingNone')
              }
            />
          </li>
        </ul>
      </section>

      <div className="grid gap-5 xl:grid-cols-2">
        <DaysSection days={dashboard.days} locale={locale} />
        <CategoriesSection categories={dashboard.categories} locale={locale} />
      </div>

      <p className="text-sm text-slate-600">
        <Link href="/admin/users" className="text-brand-700 font-medium hover:underline">
          {t('usersTitle')}
        </Link>
        {': '}
        {t('usersSummary', {
          total: users.total,
          customers: users.byRole.CUSTOMER,
          agents: users.byRole.AGENT,
          admins: users.byRole.ADMIN,
          locked: users.locked,
        })}
      </p>
    </div>
  );
}
