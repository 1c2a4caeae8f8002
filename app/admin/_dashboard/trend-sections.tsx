import { getTranslations } from 'next-intl/server';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { WIB_TIME_ZONE } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import type { Dashboard } from '@/lib/server/admin/dashboard/get-dashboard';
import { CategoryChart, DayChart } from './dashboard-charts';

const intlLocale = (locale: Locale) => (locale === 'id' ? 'id-ID' : 'en-GB');

export const formatRate = (rate: number | null, locale: Locale) =>
  rate === null
    ? null
    : new Intl.NumberFormat(intlLocale(locale), {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(rate);

/** "24 Nov" for a Jakarta calendar day key. */
function dayLabel(key: string, locale: Locale) {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    timeZone: WIB_TIME_ZONE,
  }).format(new Date(`${key}T12:00:00+07:00`));
}

function TableDisclosure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <details className="mt-3">
      <summary className="text-brand-700 cursor-pointer text-sm font-medium">{label}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

/** The last days by outcome, with a sentence and a table that say the same as the chart. */
export async function DaysSection({ days, locale }: { days: Dashboard['days']; locale: Locale }) {
  const t = await getTranslations('adminTransactions.dashboard');
  const sum = (pick: (day: Dashboard['days'][number]) => number) =>
    days.reduce((total, day) => total + pick(day), 0);
  const count = sum((d) => d.count);
  const summary = t('byDaySummary', {
    days: days.length,
    count,
    succeeded: sum((d) => d.succeeded),
    failed: sum((d) => d.failed),
    amount: formatRupiah(sum((d) => d.amount)),
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t('byDayTitle', { days: days.length })}</CardTitle>
        <CardDescription>{summary}</CardDescription>
      </CardHeader>
      <CardContent>
        {/* An empty chart says nothing the sentence above has not said already. */}
        {count === 0 ? null : (
          <DayChart
            data={days.map((day) => ({
              label: dayLabel(day.key, locale),
              succeeded: day.succeeded,
              failed: day.failed,
              other: day.count - day.succeeded - day.failed,
            }))}
            labels={{
              succeeded: t('seriesSucceeded'),
              failed: t('seriesFailed'),
              other: t('seriesOther'),
            }}
          />
        )}
        <TableDisclosure label={t('showTable')}>
          <Table caption={t('byDayTitle', { days: days.length })}>
            <THead>
              <TR>
                <TH>{t('columnDate')}</TH>
                <TH className="text-right">{t('columnCount')}</TH>
                <TH className="text-right">{t('columnSucceeded')}</TH>
                <TH className="text-right">{t('columnFailed')}</TH>
                <TH className="text-right">{t('columnAmount')}</TH>
                <TH className="text-right">{t('columnRate')}</TH>
              </TR>
            </THead>
            <TBody>
              {[...days].reverse().map((day) => (
                <TR key={day.key}>
                  <TH scope="row" className="text-sm font-medium normal-case">
                    {dayLabel(day.key, locale)}
                  </TH>
                  <TD className="text-right tabular-nums">{day.count}</TD>
                  <TD className="text-right tabular-nums">{day.succeeded}</TD>
                  <TD className="text-right tabular-nums">{day.failed}</TD>
                  <TD className="text-right tabular-nums">{formatRupiah(day.amount)}</TD>
                  <TD className="text-right tabular-nums">
                    {formatRate(day.successRate, locale) ?? t('noRate')}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </TableDisclosure>
      </CardContent>
    </Card>
  );
}

/** This month's successful sales by category, and today's beside them in the table. */
export async function CategoriesSection({
  categories,
  locale,
}: {
  categories: Dashboard['categories'];
  locale: Locale;
}) {
  const [t, tcat] = await Promise.all([
    getTranslations('adminTransactions.dashboard'),
    getTranslations('categories'),
  ]);
  const monthCount = categories.reduce((total, c) => total + c.monthCount, 0);
  const monthAmount = categories.reduce((total, c) => total + c.monthAmount, 0);
  const top = [...categories].sort((a, b) => b.monthAmount - a.monthAmount)[0];
  const summary =
    monthCount === 0 || !top
      ? t('byCategoryEmpty')
      : t('byCategorySummary', {
          amount: formatRupiah(monthAmount),
          count: monthCount,
          top: `${tcat(top.category)} (${formatRupiah(top.monthAmount)})`,
        });
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t('byCategoryTitle')}</CardTitle>
        <CardDescription>{summary}</CardDescription>
      </CardHeader>
      <CardContent>
        {monthCount === 0 ? null : (
          <CategoryChart
            locale={intlLocale(locale)}
            seriesLabel={t('seriesMonth')}
            data={categories.map((c) => ({
              label: tcat(c.category),
              amount: c.monthAmount,
              formatted: formatRupiah(c.monthAmount),
            }))}
          />
        )}
        <TableDisclosure label={t('showTable')}>
          <Table caption={t('byCategoryTitle')}>
            <THead>
              <TR>
                <TH>{t('columnCategory')}</TH>
                <TH className="text-right">{t('columnToday')}</TH>
                <TH className="text-right">{t('columnMonth')}</TH>
              </TR>
            </THead>
            <TBody>
              {categories.map((c) => (
                <TR key={c.category}>
                  <TH scope="row" className="text-sm font-medium normal-case">
                    {tcat(c.category)}
                  </TH>
                  <TD className="text-right tabular-nums">
                    {c.todayCount} · {formatRupiah(c.todayAmount)}
                  </TD>
                  <TD className="text-right tabular-nums">
                    {c.monthCount} · {formatRupiah(c.monthAmount)}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </TableDisclosure>
      </CardContent>
    </Card>
  );
}
