import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { FactList } from '@/components/ui/fact-list';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { cn } from '@/components/ui/cn';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { saleStatus } from '@/lib/domain/shift-report';
import type { ShiftReport } from '@/lib/server/shifts/get-shift-report';
import { SalesTable } from './sales-table';

function Money({ amount, tone }: { amount: number; tone?: 'signed' }) {
  return (
    <span
      className={cn(
        'tabular-nums',
        tone === 'signed' && amount < 0 && 'text-danger-fg font-semibold',
        tone === 'signed' && amount > 0 && 'text-warning-fg font-semibold',
      )}
    >
      {tone === 'signed' && amount > 0 ? '+' : ''}
      {formatRupiah(amount)}
    </span>
  );
}

/** A shift's report: the cash, the sales by status and biller, earnings and every sale. */
export async function ShiftReportView({ report }: { report: ShiftReport }) {
  const [t, locale] = await Promise.all([getTranslations('counter'), getLocale().then(toLocale)]);
  const { summary } = report;
  const cashFacts: [string, React.ReactNode][] = [
    [t('report.openingCash'), <Money key="o" amount={report.openingCash} />],
    [t('report.collected'), <Money key="c" amount={summary.collected} />],
    [
      report.open ? t('report.expectedNow') : t('report.expected'),
      <Money key="e" amount={report.expectedCash} />,
    ],
  ];
  if (report.countedCash !== null) {
    cashFacts.push([t('report.counted'), <Money key="n" amount={report.countedCash} />]);
  }
  if (report.cashDifference !== null) {
    cashFacts.push([
      t('report.difference'),
      <span key="d" data-testid="cash-difference">
        <Money amount={report.cashDifference} tone="signed" />
      </span>,
    ]);
  }
  if (report.closingNote) cashFacts.push([t('report.note'), report.closingNote]);

  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
        <Card className="print:border-0 print:shadow-none">
          <CardHeader>
            <CardTitle as="h2">{t('report.cash')}</CardTitle>
          </CardHeader>
          <CardContent>
            <FactList facts={cashFacts} />
          </CardContent>
        </Card>
        <Card className="print:border-0 print:shadow-none">
          <CardHeader>
            <CardTitle as="h2">{t('report.shift')}</CardTitle>
          </CardHeader>
          <CardContent>
            <FactList
              facts={[
                [t('report.outlet'), report.outletName],
                [t('report.cashier'), report.cashierName],
                [t('report.openedAt'), formatDateTimeWib(report.openedAt, locale)],
                [
                  t('report.closedAt'),
                  report.closedAt ? (
                    formatDateTimeWib(report.closedAt, locale)
                  ) : (
                    <Badge tone="success">{t('report.stillOpen')}</Badge>
                  ),
                ],
                [t('report.salesCount'), String(summary.salesCount)],
                [t('report.commission'), <Money key="m" amount={summary.commission} />],
                [t('report.markup'), <Money key="k" amount={summary.markup} />],
              ]}
            />
          </CardContent>
        </Card>
      </div>

      {report.pending.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-base font-semibold">{t('report.pendingTitle')}</h2>
          <p className="text-sm text-slate-600">{t('report.pendingBody')}</p>
          <SalesTable sales={report.pending} caption={t('report.pendingTitle')} />
        </section>
      ) : null}

      {summary.byStatus.length > 0 ? (
        <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
          <Table caption={t('report.byStatus')} showCaption>
            <THead>
              <TR>
                <TH>{t('sales.status')}</TH>
                <TH className="text-right">{t('report.count')}</TH>
                <TH className="text-right">{t('sales.total')}</TH>
              </TR>
            </THead>
            <TBody>
              {summary.byStatus.map((row) => {
                const status = saleStatus(row.status);
                return (
                  <TR key={row.status}>
                    <TD>
                      <Badge tone={status.tone}>{t(`status.${status.key}`)}</Badge>
                    </TD>
                    <TD className="text-right tabular-nums">{row.count}</TD>
                    <TD className="text-right">
                      <Money amount={row.amount} />
                    </TD>
                  </TR>
                );
              })}
            </TBody>
          </Table>
          <Table caption={t('report.byBiller')} showCaption>
            <THead>
              <TR>
                <TH>{t('sales.biller')}</TH>
                <TH className="text-right">{t('report.count')}</TH>
                <TH className="text-right">{t('sales.total')}</TH>
                <TH className="text-right">{t('sales.commission')}</TH>
              </TR>
            </THead>
            <TBody>
              {summary.byBiller.map((row) => (
                <TR key={row.code}>
                  <TD>{row.name}</TD>
                  <TD className="text-right tabular-nums">{row.count}</TD>
                  <TD className="text-right">
                    <Money amount={row.amount} />
                  </TD>
                  <TD className="text-right">
                    <Money amount={row.commission} />
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </div>
      ) : null}

      <section className="space-y-2">
        <h2 className="text-base font-semibold">{t('report.sales')}</h2>
        {report.sales.length === 0 ? (
          <EmptyState title={t('noSalesYet')} />
        ) : (
          <SalesTable sales={report.sales} caption={t('report.sales')} />
        )}
      </section>
    </div>
  );
}
