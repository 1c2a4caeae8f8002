import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import QRCode from 'qrcode';
import { CopyButton } from '@/components/shell/copy-button';
import { Alert } from '@/components/ui/alert';
import { buttonClassName } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import type { PaymentStatusView } from '@/lib/server/payments/get-payment-status';

const VA_BANKS = ['BCA', 'BNI', 'BRI', 'MANDIRI', 'PERMATA'] as const;
type VaBank = (typeof VA_BANKS)[number];
const isVaBank = (channel: string): channel is VaBank =>
  (VA_BANKS as readonly string[]).includes(channel);

/** What the customer does next while the money has not arrived: a VA, a QR, or the gateway. */
export async function AwaitingPayment({ payment }: { payment: PaymentStatusView }) {
  const [t, locale] = await Promise.all([getTranslations('checkout'), getLocale().then(toLocale)]);
  const charge = payment.charge;
  const chooseAnother = (
    <Link
      href={`/home/inquiries/${payment.transactionId}`}
      className={buttonClassName('secondary', 'md')}
    >
      {t('chooseAnother')}
    </Link>
  );
  if (!charge || charge.status === 'EXPIRED') return chooseAnother;
  if (charge.status === 'FAILED') {
    const reason = (charge.failureCode ?? 'UNKNOWN') as 'UNKNOWN';
    return (
      <Alert tone="danger" title={t('declinedTitle')}>
        <span className="block">
          {t.has(`declined.${reason}`) ? t(`declined.${reason}`) : t('declined.UNKNOWN')}
        </span>
        <span className="block">{t('noCharge')}</span>
        <span className="mt-3 block">{chooseAnother}</span>
      </Alert>
    );
  }
  const amount = formatRupiah(charge.amount);
  const qrSvg = charge.qrString
    ? await QRCode.toString(charge.qrString, { type: 'svg', margin: 1 })
    : null;
  const time = formatDateTimeWib(charge.expiresAt, locale);
  return (
    <Card>
      <CardContent className="space-y-4">
        <h2 className="font-semibold">{t('awaitingTitle')}</h2>
        {charge.vaNumber && isVaBank(charge.channel) ? (
          <>
            <p className="text-sm text-slate-600">{t('vaInstructions', { amount, time })}</p>
            <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-slate-50 p-3">
              <div>
                <p className="text-xs text-slate-500">
                  {t(`channel.${charge.channel}`)} · {t('vaNumber')}
                </p>
                <p
                  className="font-mono text-xl font-semibold tracking-wider"
                  data-testid="va-number"
                >
                  {charge.vaNumber}
                </p>
              </div>
              <CopyButton value={charge.vaNumber} label={t('copy')} copiedLabel={t('copied')} />
            </div>
            <div>
              <p className="text-sm font-medium">{t('howToPay')}</p>
              <p className="text-sm text-slate-600">{t(`vaSteps.${charge.channel}`)}</p>
            </div>
          </>
        ) : null}
        {charge.qrString ? (
          <>
            <p className="text-sm text-slate-600">{t('qrisInstructions', { time })}</p>
            <div
              role="img"
              aria-label={t('qrisAlt', { amount })}
              className="mx-auto w-64 max-w-full [&>svg]:h-auto [&>svg]:w-full"
              data-testid="qris"
              data-qris={charge.qrString}
              dangerouslySetInnerHTML={{ __html: qrSvg ?? '' }}
            />
          </>
        ) : null}
        {charge.actionUrl && !charge.qrString ? (
          <a href={charge.actionUrl} className={buttonClassName('primary', 'lg') + ' w-full'}>
            {t('continueOnGateway')}
          </a>
        ) : null}
        <p className="text-xs text-slate-500" aria-live="polite">
          {t('autoUpdate')}
        </p>
        {chooseAnother}
      </CardContent>
    </Card>
  );
}
