import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { FactList, type Fact } from '@/components/ui/fact-list';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import type { AdminTransactionDetail } from '@/lib/server/admin/transactions/get-transaction-admin';

const REFUND_REASONS = ['BILLER_FAILED', 'LATE_OR_DUPLICATE_PAYMENT', 'ADMIN'] as const;

/** The gateway charges with the notifications each brought, card details only by last 4. */
export async function ChargeRecords({
  charges,
  locale,
}: {
  charges: AdminTransactionDetail['charges'];
  locale: Locale;
}) {
  const t = await getTranslations('adminTransactions.detail');
  if (charges.length === 0) return <p className="text-sm text-slate-600">{t('chargesEmpty')}</p>;
  return (
    <ul className="space-y-4">
      {charges.map((charge) => {
        const facts: Fact[] = [
          [
            t('chargeId'),
            <span key="id" className="font-mono text-xs">
              {charge.gatewayChargeId}
            </span>,
          ],
          [t('chargeMethod'), `${charge.method} · ${charge.channel}`],
          [t('chargeAmount'), formatRupiah(charge.amount)],
          [t('chargeStatus'), <Badge key="status">{charge.status}</Badge>],
          [t('chargeCreated'), formatDateTimeWib(charge.createdAt, locale)],
        ];
        if (charge.paidAt) facts.push([t('chargePaid'), formatDateTimeWib(charge.paidAt, locale)]);
        if (charge.vaNumber) facts.push([t('chargeVa'), charge.vaNumber]);
        if (charge.card) {
          facts.push([t('chargeCard'), `${charge.card.brand ?? ''} •••• ${charge.card.last4}`]);
        }
        if (charge.failureCode) facts.push([t('chargeFailure'), charge.failureCode]);
        return (
          <li key={charge.id} className="rounded-control border border-slate-200 p-3">
            <FactList facts={facts} />
            <h4 className="mt-3 text-sm font-medium text-slate-700">{t('gatewayEvents')}</h4>
            {charge.events.length === 0 ? (
              <p className="text-sm text-slate-600">{t('gatewayEventsEmpty')}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {charge.events.map((event) => (
                  <li key={event.id} className="flex flex-wrap gap-x-3 gap-y-0.5">
                    <span className="font-mono text-xs text-slate-800">{event.type}</span>
                    <span className="text-slate-600">
                      {t('eventOutcome', { outcome: event.outcome })}
                    </span>
                    <span className="text-xs text-slate-500">
                      {formatDateTimeWib(event.receivedAt, locale)}
                    </span>
                    <span className="font-mono text-xs text-slate-400">{event.id}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Money going back to the customer, with its cause and where it stands. */
export async function RefundRecords({
  refunds,
  locale,
}: {
  refunds: AdminTransactionDetail['refunds'];
  locale: Locale;
}) {
  const t = await getTranslations('adminTransactions.detail');
  if (refunds.length === 0) return <p className="text-sm text-slate-600">{t('refundsEmpty')}</p>;
  const reason = (value: string) =>
    (REFUND_REASONS as readonly string[]).includes(value)
      ? t(`refundReason${value as (typeof REFUND_REASONS)[number]}`)
      : value;
  return (
    <Table caption={t('refundsTitle')}>
      <THead>
        <TR>
          <TH>{t('refundId')}</TH>
          <TH>{t('refundReason')}</TH>
          <TH className="text-right">{t('refundAmount')}</TH>
          <TH>{t('refundStatus')}</TH>
          <TH>{t('refundRequested')}</TH>
          <TH>{t('refundSucceeded')}</TH>
        </TR>
      </THead>
      <TBody>
        {refunds.map((refund) => (
          <TR key={refund.refundId}>
            <TD className="font-mono text-xs">{refund.refundId}</TD>
            <TD>{reason(refund.reason)}</TD>
            <TD className="text-right tabular-nums">{formatRupiah(refund.amount)}</TD>
            <TD>
              <Badge tone={refund.status === 'SUCCEEDED' ? 'success' : 'warning'}>
                {refund.status === 'SUCCEEDED'
                  ? t('refundStatusSUCCEEDED')
                  : t('refundStatusPENDING')}
              </Badge>
            </TD>
            <TD className="whitespace-nowrap">{formatDateTimeWib(refund.requestedAt, locale)}</TD>
            <TD className="whitespace-nowrap">
              {refund.succeededAt ? formatDateTimeWib(refund.succeededAt, locale) : t('none')}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
