import { CheckCircle2 } from 'lucide-react';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CopyButton } from '@/components/shell/copy-button';
import { Alert } from '@/components/ui/alert';
import { buttonClassName } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { formatKwh, formatPlnToken } from '@/lib/domain/pln-token';
import type { PaymentStatusView } from '@/lib/server/payments/get-payment-status';

/** Everything after the money arrived (or did not): processing, pending, success, failure. */
export async function PaymentOutcome({ payment }: { payment: PaymentStatusView }) {
  const [t, tr, locale] = await Promise.all([
    getTranslations('checkout'),
    getTranslations('receipt'),
    getLocale().then(toLocale),
  ]);
  const refund = payment.refund;
  const refundText = refund
    ? t(refund.status === 'SUCCEEDED' ? 'refundDone' : 'refundPending', {
        amount: formatRupiah(refund.amount),
      })
    : null;

  switch (payment.status) {
    case 'PAID':
    case 'PROCESSING':
      return (
        <Alert tone="info" title={t('processingTitle')}>
          {t('processingBody')}
        </Alert>
      );
    case 'PENDING_BILLER':
      return (
        <Alert tone="warning" title={t('pendingTitle')}>
          {t('pendingBody')}
        </Alert>
      );
    case 'ON_HOLD':
      return (
        <Alert tone="info" title={t('onHoldTitle')}>
          {t('onHoldBody')}
        </Alert>
      );
    case 'SUCCESS':
      return (
        <Card>
          <CardContent className="space-y-4">
            <div className="flex items-center gap-2 text-emerald-700">
              <CheckCircle2 aria-hidden="true" className="size-6" />
              <h2 className="text-lg font-semibold">{t('successTitle')}</h2>
            </div>
            <p className="text-sm text-slate-600">{t('successBody')}</p>
            {payment.token ? (
              <div className="rounded-lg bg-slate-50 p-3">
                <p className="text-xs text-slate-500">{t('token')}</p>
                <p
                  className="font-mono text-xl font-semibold tracking-wide"
                  data-testid="pln-token"
                >
                  {formatPlnToken(payment.token)}
                </p>
                {payment.kwhHundredths !== null ? (
                  <p className="text-sm text-slate-600">
                    {t('kwh', { kwh: formatKwh(payment.kwhHundredths, locale) })}
                  </p>
                ) : null}
                <div className="mt-2">
                  <CopyButton
                    value={payment.token}
                    label={t('copyToken')}
                    copiedLabel={t('copied')}
                  />
                </div>
              </div>
            ) : null}
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {payment.billerRef ? (
                <>
                  <dt className="text-slate-500">{t('billerRef')}</dt>
                  <dd className="font-mono">{payment.billerRef}</dd>
                </>
              ) : null}
              {payment.charge ? (
                <>
                  <dt className="text-slate-500">{t('paidWith')}</dt>
                  <dd>
                    {t(`channel.${payment.charge.channel}`)}
                    {payment.charge.cardLast4 ? ` •••• ${payment.charge.cardLast4}` : ''}
                  </dd>
                </>
              ) : null}
            </dl>
            <Link
              href={`/home/payments/${payment.transactionId}/receipt`}
              className={buttonClassName('primary', 'md')}
            >
              {tr('viewReceipt')}
            </Link>
          </CardContent>
        </Card>
      );
    case 'FAILED':
    case 'REFUNDED':
      return (
        <Alert
          tone="danger"
          title={t(
            payment.endedBy === 'REVIEW'
              ? 'notApprovedTitle'
              : payment.endedBy === 'REFUND'
                ? 'refundedTitle'
                : 'failedTitle',
          )}
        >
          {refundText}
        </Alert>
      );
    default:
      return (
        <Alert tone="warning" title={t('expiredTitle')}>
          <span className="block">{t('expiredBody')}</span>
          {refundText ? <span className="block">{`${t('lateRefund')} ${refundText}`}</span> : null}
          <Link
            href={`/home/billers/${payment.biller.code}`}
            className={buttonClassName('secondary', 'sm') + ' mt-2'}
          >
            {t('checkAgain')}
          </Link>
        </Alert>
      );
  }
}
