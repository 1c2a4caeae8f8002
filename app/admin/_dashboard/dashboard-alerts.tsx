import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { BILLER_ALERT } from '@/lib/domain/admin-dashboard';
import { STALE_PENDING_MINUTES, STALE_PENDING_QUERY } from '@/lib/domain/admin-transactions';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import type { Dashboard } from '@/lib/server/admin/dashboard/get-dashboard';

/** What needs a person now, first on the page, each with where to act on it. */
export async function DashboardAlerts({
  alerts,
  locale,
}: {
  alerts: Dashboard['alerts'];
  locale: Locale;
}) {
  const t = await getTranslations('adminTransactions.dashboard');
  const { ledger } = alerts;
  const checkedAt = formatDateTimeWib(ledger.checkedAt, locale);
  const quiet = alerts.stalePending === 0 && alerts.failingBillers.length === 0 && ledger.ok;
  return (
    <section aria-labelledby="alerts-title" className="space-y-2" data-testid="dashboard-alerts">
      <h2 id="alerts-title" className="sr-only">
        {t('alertsTitle')}
      </h2>
      {alerts.stalePending > 0 ? (
        <Alert
          tone="warning"
          title={t('stalePendingTitle', {
            count: alerts.stalePending,
            minutes: STALE_PENDING_MINUTES,
          })}
        >
          <p>{t('stalePendingBody')}</p>
          <Link
            href={`/admin/transactions${STALE_PENDING_QUERY}`}
            className="mt-1 inline-block font-medium underline"
          >
            {t('stalePendingLink')}
          </Link>
        </Alert>
      ) : null}
      {alerts.failingBillers.map((biller) => (
        <Alert
          key={biller.code}
          tone="danger"
          title={t('failingBillerTitle', { name: biller.name })}
        >
          <p>
            {biller.reason === 'recentProblems'
              ? t('failingBillerRecent', {
                  failures: biller.recentFailures,
                  unanswered: biller.recentUnanswered,
                  minutes: BILLER_ALERT.recentWindowMinutes,
                })
              : t('failingBillerRate', { failures: biller.sampleFailures, sample: biller.sample })}
          </p>
          <Link
            href="/admin/transactions?status=FAILED"
            className="mt-1 inline-block font-medium underline"
          >
            {t('failingBillerLink')}
          </Link>
        </Alert>
      ))}
      {ledger.ok ? null : (
        <Alert tone="danger" title={t('ledgerFailedTitle', { count: ledger.problems })}>
          {t('ledgerFailedBody', { kinds: ledger.kinds.join(', '), time: checkedAt })}
        </Alert>
      )}
      {quiet ? <Alert tone="success">{t('noAlerts')}</Alert> : null}
      {ledger.ok ? (
        <p className="text-xs text-slate-500">{t('ledgerOk', { time: checkedAt })}</p>
      ) : null}
    </section>
  );
}
