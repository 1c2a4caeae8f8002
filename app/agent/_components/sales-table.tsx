import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { keepsCash } from '@/lib/domain/counter';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { saleStatus } from '@/lib/domain/shift-report';
import type { SaleRow } from '@/lib/server/shifts/shift-sales';

/** Counter sales as the counter and the shift report list them, each with its receipt. */
export async function SalesTable({
  sales,
  caption,
  showCashier = false,
}: {
  sales: SaleRow[];
  caption: string;
  showCashier?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations('counter'), getLocale().then(toLocale)]);
  return (
    <Table caption={caption} data-testid="sales-table">
      <THead>
        <TR>
          <TH>{t('sales.time')}</TH>
          {showCashier ? <TH>{t('sales.cashier')}</TH> : null}
          <TH>{t('sales.biller')}</TH>
          <TH>{t('sales.customer')}</TH>
          <TH className="text-right">{t('sales.total')}</TH>
          <TH className="text-right">{t('sales.markup')}</TH>
          <TH className="text-right">{t('sales.commission')}</TH>
          <TH>{t('sales.status')}</TH>
          <TH className="print:hidden">
            <span className="sr-only">{t('sales.receipt')}</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {sales.map((sale) => {
          const status = saleStatus(sale.status);
          return (
            <TR key={sale.id}>
              <TD className="whitespace-nowrap">{formatDateTimeWib(sale.createdAt, locale)}</TD>
              {showCashier ? <TD>{sale.cashierName}</TD> : null}
              <TD>
                <span className="block">{sale.billerName}</span>
                {sale.productName ? (
                  <span className="block text-xs text-slate-500">{sale.productName}</span>
                ) : null}
              </TD>
              <TD>
                <span className="block font-mono">{sale.customerNo}</span>
                <span className="block text-xs text-slate-500">{sale.customerName}</span>
              </TD>
              <TD className="text-right tabular-nums">{formatRupiah(sale.toCollect)}</TD>
              <TD className="text-right tabular-nums">
                {keepsCash(sale) ? formatRupiah(sale.outletMarkup) : '—'}
              </TD>
              <TD className="text-right tabular-nums">
                {sale.status === 'SUCCESS' ? formatRupiah(sale.commission) : '—'}
              </TD>
              <TD>
                <Badge tone={status.tone}>{t(`status.${status.key}`)}</Badge>
              </TD>
              <TD className="text-right print:hidden">
                {sale.receiptNumber ? (
                  <Link
                    href={`/agent/receipts/${sale.id}`}
                    className="text-brand-700 font-medium whitespace-nowrap underline"
                  >
                    {t('sales.openReceipt')}
                  </Link>
                ) : null}
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
