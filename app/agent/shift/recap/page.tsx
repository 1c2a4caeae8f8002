import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/actor';
import { wibDateKey } from '@/lib/domain/counter';
import { formatDateTimeWib, formatDateWib } from '@/lib/domain/datetime';
import { wibDayStart } from '@/lib/domain/history';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { isAppError } from '@/lib/server/errors';
import { dailyRecap, type CashierRecap } from '@/lib/server/shifts/daily-recap';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('counter'))('recap.title') };
}

const querySchema = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
});

/** The owner's day per cashier (WIB): shifts, sales, cash collected, earnings, differences. */
export default async function DailyRecapPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor(['AGENT'], '/agent/shift/recap');
  const date = querySchema.parse(await searchParams).date ?? wibDateKey(new Date());
  const [t, locale] = await Promise.all([getTranslations('counter'), getLocale().then(toLocale)]);
  let rows: CashierRecap[];
  try {
    rows = await dailyRecap({ actor, date, locale });
  } catch (error) {
    if (isAppError(error) && error.code === 'FORBIDDEN') forbidden();
    if (isAppError(error) && error.code === 'VALIDATION') rows = [];
    else throw error;
  }
  const total = (pick: (row: CashierRecap) => number) => rows.reduce((s, r) => s + pick(r), 0);

  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-semibold tracking-tight">{t('recap.title')}</h1>
        <form className="flex items-end gap-2 print:hidden" action="/agent/shift/recap">
          <label htmlFor="date" className="text-sm font-medium">
            {t('recap.date')}
          </label>
          <Input id="date" name="date" type="date" defaultValue={date} className="w-44" />
          <Button type="submit" variant="secondary">
            {t('recap.show')}
          </Button>
        </form>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={t('recap.empty')} description={t('recap.emptyBody')} />
      ) : (
        <Table
          caption={t('recap.caption', {
            date: formatDateWib(wibDayStart(date) ?? new Date(), locale),
          })}
          showCaption
        >
          <THead>
            <TR>
              <TH>{t('report.cashier')}</TH>
              <TH>{t('recap.shifts')}</TH>
              <TH className="text-right">{t('report.salesCount')}</TH>
              <TH className="text-right">{t('recap.collected')}</TH>
              <TH className="text-right">{t('report.commission')}</TH>
              <TH className="text-right">{t('report.markup')}</TH>
              <TH className="text-right">{t('report.difference')}</TH>
            </TR>
          </THead>
          <TBody>
            {rows.map((row) => (
              <TR key={row.cashierId}>
                <TD className="font-medium">{row.cashierName}</TD>
                <TD>
                  <ul className="space-y-0.5">
                    {row.shifts.map((shift) => (
                      <li key={shift.id}>
                        <Link
                          href={`/agent/shift/${shift.id}`}
                          className="text-brand-700 underline"
                        >
                          {formatDateTimeWib(shift.openedAt, locale)}
                        </Link>
                        {shift.closedAt ? null : ` · ${t('report.stillOpen')}`}
                      </li>
                    ))}
                  </ul>
                </TD>
                <TD className="text-right tabular-nums">
                  {row.salesCount}
                  {row.failedCount > 0 ? (
                    <span className="block text-xs text-slate-500">
                      {t('recap.failed', { count: row.failedCount })}
                    </span>
                  ) : null}
                </TD>
                <TD className="text-right tabular-nums">{formatRupiah(row.collected)}</TD>
                <TD className="text-right tabular-nums">{formatRupiah(row.commission)}</TD>
                <TD className="text-right tabular-nums">{formatRupiah(row.markup)}</TD>
                <TD className="text-right tabular-nums">{formatRupiah(row.cashDifference)}</TD>
              </TR>
            ))}
            <TR className="bg-slate-50 font-semibold">
              <TD>{t('recap.total')}</TD>
              <TD />
              <TD className="text-right tabular-nums">{total((r) => r.salesCount)}</TD>
              <TD className="text-right tabular-nums">{formatRupiah(total((r) => r.collected))}</TD>
              <TD className="text-right tabular-nums">
                {formatRupiah(total((r) => r.commission))}
              </TD>
              <TD className="text-right tabular-nums">{formatRupiah(total((r) => r.markup))}</TD>
              <TD className="text-right tabular-nums">
                {formatRupiah(total((r) => r.cashDifference))}
              </TD>
            </TR>
          </TBody>
        </Table>
      )}
    </div>
  );
}
