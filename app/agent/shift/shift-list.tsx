import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClassName } from '@/components/ui/button';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import type { ShiftRow } from '@/lib/server/shifts/list-shifts';

/** Past and open shifts, newest first, each leading to its printable report. */
export async function ShiftList({
  shifts,
  showCashier,
}: {
  shifts: { rows: ShiftRow[]; page: number; pageCount: number };
  showCashier: boolean;
}) {
  const [t, tc, locale] = await Promise.all([
    getTranslations('counter'),
    getTranslations('common'),
    getLocale().then(toLocale),
  ]);
  if (shifts.rows.length === 0) return null;
  return (
    <section className="space-y-2">
      <h2 className="text-base font-semibold">{t('shiftPage.history')}</h2>
      <Table caption={t('shiftPage.history')}>
        <THead>
          <TR>
            <TH>{t('report.openedAt')}</TH>
            {showCashier ? <TH>{t('report.cashier')}</TH> : null}
            <TH>{t('report.closedAt')}</TH>
            <TH className="text-right">{t('report.expected')}</TH>
            <TH className="text-right">{t('report.counted')}</TH>
            <TH className="text-right">{t('report.difference')}</TH>
            <TH>
              <span className="sr-only">{t('shiftPage.report')}</span>
            </TH>
          </TR>
        </THead>
        <TBody>
          {shifts.rows.map((shift) => (
            <TR key={shift.id}>
              <TD className="whitespace-nowrap">{formatDateTimeWib(shift.openedAt, locale)}</TD>
              {showCashier ? <TD>{shift.cashierName}</TD> : null}
              <TD className="whitespace-nowrap">
                {shift.closedAt ? (
                  formatDateTimeWib(shift.closedAt, locale)
                ) : (
                  <Badge tone="success">{t('report.stillOpen')}</Badge>
                )}
              </TD>
              <TD className="text-right tabular-nums">
                {shift.expectedCash === null ? '—' : formatRupiah(shift.expectedCash)}
              </TD>
              <TD className="text-right tabular-nums">
                {shift.countedCash === null ? '—' : formatRupiah(shift.countedCash)}
              </TD>
              <TD className="text-right tabular-nums">
                {shift.cashDifference === null ? '—' : formatRupiah(shift.cashDifference)}
              </TD>
              <TD className="text-right">
                <Link
                  href={`/agent/shift/${shift.id}`}
                  className="text-brand-700 font-medium underline"
                >
                  {t('shiftPage.report')}
                </Link>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {shifts.pageCount > 1 ? (
        <nav
          aria-label={tc('pageOf', { page: shifts.page, pageCount: shifts.pageCount })}
          className="flex items-center justify-between text-sm"
        >
          <span className="text-slate-600">
            {tc('pageOf', { page: shifts.page, pageCount: shifts.pageCount })}
          </span>
          <div className="flex gap-2">
            {shifts.page > 1 ? (
              <Link
                className={buttonClassName('secondary', 'sm')}
                href={`?page=${shifts.page - 1}`}
              >
                {tc('previous')}
              </Link>
            ) : null}
            {shifts.page < shifts.pageCount ? (
              <Link
                className={buttonClassName('secondary', 'sm')}
                href={`?page=${shifts.page + 1}`}
              >
                {tc('next')}
              </Link>
            ) : null}
          </div>
        </nav>
      ) : null}
    </section>
  );
}
