import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { buttonClassName } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { controlClassName } from '@/components/ui/input';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateWib, WIB_TIME_ZONE } from '@/lib/domain/datetime';
import { toLocale, type Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import {
  netRevenue,
  readReportMonth,
  wibDateOf,
  type ReportKind,
  type RevenueRow,
} from '@/lib/domain/reports';
import { getReports } from '@/lib/server/admin/reports/get-reports';
import { RevenueChart } from './revenue-chart';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePageActor(['ADMIN'], '/admin/reports');
  const now = new Date();
  const month = readReportMonth((await searchParams).month, now);
  const [t, locale] = await Promise.all([getTranslations('reports'), getLocale().then(toLocale)]);
  const reports = await getReports({ actor, month, locale });
  const today = reports.daily.find((row) => row.period === wibDateOf(now));
  const csvHref = (kind: ReportKind) => `/admin/reports/export?report=${kind}&month=${month}`;
  const download = (kind: ReportKind) => (
    <a href={csvHref(kind)} download className={buttonClassName('secondary', 'sm')}>
      {t('download')}
    </a>
  );
  const activeDays = reports.daily.filter(
    (row) => row.earned !== 0 || row.returned !== 0 || row.commissions !== 0,
  );

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t('intro')}</p>
      </div>

      <form method="get" className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col">
          <label htmlFor="report-month" className="mb-1.5 text-sm font-medium text-slate-800">
            {t('month')}
          </label>
          <input
            id="report-month"
            type="month"
            name="month"
            defaultValue={month}
            className={`${controlClassName} w-48`}
          />
        </div>
        <button type="submit" className={buttonClassName('primary', 'md')}>
          {t('show')}
        </button>
      </form>

      <div className="grid gap-3 sm:grid-cols-2">
        {today ? <Figure label={t('today')} row={today} hint={t} /> : null}
        <Figure label={t('monthTotal')} row={reports.monthTotal} hint={t} />
      </div>

      <section aria-labelledby="revenue-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="revenue-title" className="text-lg font-semibold">
            {t('revenue.title')}
          </h2>
          {download('revenue')}
        </div>
        {activeDays.length === 0 ? (
          <EmptyState title={t('revenue.emptyTitle')} description={t('revenue.emptyBody')} />
        ) : (
          <>
            <RevenueChart
              label={t('revenue.title')}
              points={reports.daily.map((row) => ({
                label: row.period.slice(8),
                value: netRevenue(row),
              }))}
            />
            <RevenueTable
              rows={activeDays}
              total={reports.monthTotal}
              first={t('revenue.columnDay')}
              locale={locale}
            />
          </>
        )}
      </section>

      <section aria-labelledby="monthly-title" className="space-y-3">
        <h2 id="monthly-title" className="text-lg font-semibold">
          {t('revenue.monthlyTitle', { year: month.slice(0, 4) })}
        </h2>
        <RevenueTable rows={reports.monthly} first={t('revenue.columnMonth')} locale={locale} />
      </section>

      <section aria-labelledby="commissions-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="commissions-title" className="text-lg font-semibold">
            {t('commissions.title')}
          </h2>
          {download('commissions')}
        </div>
        {reports.commissions.length === 0 ? (
          <EmptyState
            title={t('commissions.emptyTitle')}
            description={t('commissions.emptyBody')}
          />
        ) : (
          <Table caption={t('commissions.title')}>
            <THead>
              <TR>
                <TH>{t('commissions.columnOutlet')}</TH>
                <TH className="text-right">{t('commissions.columnSales')}</TH>
                <TH className="text-right">{t('commissions.columnCommission')}</TH>
              </TR>
            </THead>
            <TBody>
              {reports.commissions.map((row) => (
                <TR key={row.outletId}>
                  <TD>{row.outletName}</TD>
                  <TD className="text-right tabular-nums">{row.sales}</TD>
                  <TD className="text-right tabular-nums">{formatRupiah(row.commission)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </section>

      <section aria-labelledby="volume-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="volume-title" className="text-lg font-semibold">
            {t('volume.title')}
          </h2>
          {download('volume')}
        </div>
        {reports.volume.length === 0 ? (
          <EmptyState title={t('volume.emptyTitle')} description={t('volume.emptyBody')} />
        ) : (
          <Table caption={t('volume.title')}>
            <THead>
              <TR>
                <TH>{t('volume.columnBiller')}</TH>
                <TH className="text-right">{t('volume.columnCount')}</TH>
                <TH className="text-right">{t('volume.columnBillAmount')}</TH>
                <TH className="text-right">{t('volume.columnAdminFees')}</TH>
              </TR>
            </THead>
            <TBody>
              {reports.volume.map((row) => (
                <TR key={row.billerCode}>
                  <TD>
                    <span className="block font-medium">{row.billerName}</span>
                    <span className="font-mono text-xs text-slate-500">{row.billerCode}</span>
                  </TD>
                  <TD className="text-right tabular-nums">{row.count}</TD>
                  <TD className="text-right tabular-nums">{formatRupiah(row.billAmount)}</TD>
                  <TD className="text-right tabular-nums">{formatRupiah(row.adminFees)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </section>
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'reports'>>>;

function Figure({ label, row, hint }: { label: string; row: RevenueRow; hint: T }) {
  return (
    <Card>
      <CardContent>
        <p className="text-sm text-slate-600">{label}</p>
        <p className="text-2xl font-semibold tabular-nums">{formatRupiah(netRevenue(row))}</p>
        <p className="mt-1 text-xs text-slate-500">
          {hint('todayHint', {
            earned: formatRupiah(row.earned),
            returned: formatRupiah(row.returned),
            commissions: formatRupiah(row.commissions),
          })}
        </p>
      </CardContent>
    </Card>
  );
}

/** "25 Nov 2026" for a WIB day key, "November" for a month key of the year shown. */
function periodLabel(period: string, locale: Locale) {
  if (period.length === 10) return formatDateWib(new Date(`${period}T12:00:00+07:00`), locale);
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    month: 'long',
    timeZone: WIB_TIME_ZONE,
  }).format(new Date(`${period}-15T12:00:00+07:00`));
}

async function RevenueTable({
  rows,
  total,
  first,
  locale,
}: {
  rows: RevenueRow[];
  total?: RevenueRow;
  first: string;
  locale: Locale;
}) {
  const t = await getTranslations('reports.revenue');
  const line = (row: RevenueRow, label: string, strong = false) => (
    <TR key={label} className={strong ? 'font-semibold' : undefined}>
      <TD className="whitespace-nowrap tabular-nums">{label}</TD>
      <TD className="text-right tabular-nums">{formatRupiah(row.earned)}</TD>
      <TD className="text-right tabular-nums">{formatRupiah(row.returned)}</TD>
      <TD className="text-right tabular-nums">{formatRupiah(row.commissions)}</TD>
      <TD className="text-right tabular-nums">{formatRupiah(netRevenue(row))}</TD>
    </TR>
  );
  return (
    <Table caption={first}>
      <THead>
        <TR>
          <TH>{first}</TH>
          <TH className="text-right">{t('columnEarned')}</TH>
          <TH className="text-right">{t('columnReturned')}</TH>
          <TH className="text-right">{t('columnCommissions')}</TH>
          <TH className="text-right">{t('columnNet')}</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((row) => line(row, periodLabel(row.period, locale)))}
        {total ? line(total, t('total'), true) : null}
      </TBody>
    </Table>
  );
}
