import { getTranslations } from 'next-intl/server';
import { FactList } from '@/components/ui/fact-list';
import { formatBillPeriod } from '@/lib/domain/bill';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { operatorName } from '@/lib/domain/references/operators';
import type { InquiryView } from '@/lib/server/inquiries/get-inquiry';

// The biller's display facts we know how to label; anything else the switch sends is not shown.
const DETAIL_KEYS = [
  'meterNo',
  'idpel',
  'tariff',
  'powerVa',
  'standMeter',
  'service',
  'speed',
  'address',
  'usageM3',
  'participants',
  'months',
  'train',
  'origin',
  'destination',
  'departure',
  'passengers',
  'event',
  'venue',
  'date',
  'tickets',
] as const;

export async function BillDetails({ inquiry, locale }: { inquiry: InquiryView; locale: Locale }) {
  const t = await getTranslations('pay');
  const facts: [string, string][] = [
    ...(inquiry.customerName
      ? ([[t('customerName'), inquiry.customerName]] as [string, string][])
      : []),
    [inquiry.operator ? t('phoneNumber') : t('customerNo'), inquiry.customerNo],
    ...(inquiry.operator
      ? ([[t('details.operator'), operatorName(inquiry.operator)]] as [string, string][])
      : []),
    ...DETAIL_KEYS.filter((key) => inquiry.details[key] !== undefined).map(
      (key) => [t(`details.${key}`), String(inquiry.details[key])] as [string, string],
    ),
  ];
  return (
    <div className="space-y-4">
      <FactList facts={facts} />
      {inquiry.periods.length > 0 ? (
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
              <th scope="col" className="py-1.5 font-medium">
                {t('period')}
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                {t('amount')}
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                {t('penalty')}
              </th>
            </tr>
          </thead>
          <tbody>
            {inquiry.periods.map((period) => (
              <tr key={period.period} className="border-b border-slate-100">
                <td className="py-1.5">{formatBillPeriod(period.period, locale)}</td>
                <td className="py-1.5 text-right tabular-nums">{formatRupiah(period.amount)}</td>
                <td className="py-1.5 text-right tabular-nums">{formatRupiah(period.penalty)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
