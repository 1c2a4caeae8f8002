'use client';
import { useLocale, useTranslations } from 'next-intl';
import { formatBillPeriod } from '@/lib/domain/bill';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { operatorName } from '@/lib/domain/references/operators';
import type { CounterInquiryView } from '@/lib/server/counter/get-counter-inquiry';

function Line({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className="flex justify-between gap-4 py-0.5">
      <dt className="text-slate-600">{label}</dt>
      <dd className={strong ? 'font-semibold tabular-nums' : 'tabular-nums'}>{value}</dd>
    </div>
  );
}

/** Who the bill is for and what it is made of, the biaya loket on its own line, and the total. */
export function BillSummary({ inquiry }: { inquiry: CounterInquiryView }) {
  const t = useTranslations('counter');
  const locale = toLocale(useLocale());
  const prepaid = inquiry.biller.kind === 'PREPAID';
  const priced = inquiry.totalToCollect > 0;
  const price = inquiry.totalToCollect - inquiry.adminFee - inquiry.outletMarkup;
  const tariff = inquiry.details.tariff
    ? `${inquiry.details.tariff}${inquiry.details.powerVa ? `/${inquiry.details.powerVa} VA` : ''}`
    : null;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <dl className="text-sm" data-testid="bill-customer">
        {inquiry.customerName ? (
          <div className="pb-1">
            <dt className="sr-only">{t('customerName')}</dt>
            <dd className="text-lg font-semibold" data-testid="customer-name">
              {inquiry.customerName}
            </dd>
          </div>
        ) : null}
        <Line label={t('customerNo')} value={inquiry.customerNo} />
        {inquiry.operator ? (
          <Line label={t('operator')} value={operatorName(inquiry.operator)} />
        ) : null}
        {tariff ? <Line label={t('tariff')} value={tariff} /> : null}
        {inquiry.periods.length > 0 && !prepaid ? (
          <Line
            label={t('period')}
            value={inquiry.periods.map((p) => formatBillPeriod(p.period, locale)).join(', ')}
          />
        ) : null}
        {inquiry.product ? <Line label={t('product')} value={inquiry.product.name} /> : null}
      </dl>
      {priced ? (
        <dl className="text-sm" data-testid="bill-amounts">
          {prepaid ? (
            <Line label={t('price')} value={formatRupiah(price)} />
          ) : (
            <>
              <Line label={t('billAmount')} value={formatRupiah(inquiry.billAmount)} />
              <Line label={t('penalty')} value={formatRupiah(inquiry.penalty)} />
            </>
          )}
          <Line label={t('adminFee')} value={formatRupiah(inquiry.adminFee)} />
          <Line label={t('outletMarkup')} value={formatRupiah(inquiry.outletMarkup)} />
          <div className="mt-2 flex items-baseline justify-between gap-4 border-t border-slate-300 pt-2">
            <dt className="text-sm font-semibold tracking-wide uppercase">{t('totalToCollect')}</dt>
            <dd className="text-3xl font-bold tabular-nums" data-testid="total-to-collect">
              {formatRupiah(inquiry.totalToCollect)}
            </dd>
          </div>
          <p className="mt-1 text-right text-xs text-slate-500">
            {t('commissionNote', { commission: formatRupiah(inquiry.commission) })}
          </p>
        </dl>
      ) : null}
    </div>
  );
}
