import { CheckCircle2, XCircle } from 'lucide-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import Link from 'next/link';
import { Brand } from '@/components/shell/brand';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { Alert } from '@/components/ui/alert';
import { buttonClassName } from '@/components/ui/button';
import { FactList } from '@/components/ui/fact-list';
import { clientIp } from '@/lib/auth/client-ip';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { retryAfterMinutes } from '@/lib/domain/rate-limit';
import { verifyReceipt } from '@/lib/server/receipts/verify-receipt';

// Where a receipt's QR code leads: public, no login. Says whether Loket issued the receipt and
// shows only what confirms it (the customer number masked). Never indexed by search engines.
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations('receipt'))('verify.title'),
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  };
}

export default async function VerifyReceiptPage({ params }: { params: Promise<{ code: string }> }) {
  const [{ code }, t, locale, requestHeaders] = await Promise.all([
    params,
    getTranslations('receipt'),
    getLocale().then(toLocale),
    headers(),
  ]);
  const result = await verifyReceipt({
    code,
    ipAddress: clientIp(requestHeaders),
  });
  return (
    <>
      <header className="mx-auto flex w-full max-w-md items-center justify-between px-4 py-4">
        <Brand />
        <LocaleSwitch />
      </header>
      <main id="main" className="mx-auto w-full max-w-md space-y-4 px-4 pb-12">
        <h1 className="text-xl font-semibold">{t('verify.title')}</h1>
        {result.status === 'genuine' ? (
          <section
            aria-labelledby="verdict"
            className="rounded-card border border-emerald-200 bg-white p-5 shadow-sm"
            data-testid="verify-genuine"
          >
            <div className="flex items-center gap-2 text-emerald-700">
              <CheckCircle2 aria-hidden="true" className="size-7" />
              <h2 id="verdict" className="text-lg font-semibold">
                {t('verify.genuineTitle')}
              </h2>
            </div>
            <p className="mt-2 text-sm text-slate-600">{t('verify.genuineBody')}</p>
            <FactList
              className="mt-4"
              facts={[
                [
                  t('number'),
                  <span key="number" className="font-mono">
                    {result.number}
                  </span>,
                ],
                [t('verify.biller'), locale === 'id' ? result.biller.nameId : result.biller.nameEn],
                [
                  t('verify.customerNo'),
                  <span key="customerNo" className="font-mono">
                    {result.customerNo}
                  </span>,
                ],
                [t('verify.total'), formatRupiah(result.total)],
                [t('verify.paidAt'), formatDateTimeWib(result.paidAt, locale)],
                [t('verify.status'), t(`verify.status${result.payment}`)],
              ]}
            />
          </section>
        ) : result.status === 'limited' ? (
          <Alert tone="warning" title={t('verify.limitedTitle')}>
            {t('verify.limitedBody', { minutes: retryAfterMinutes(result.retryAfterSeconds) })}
          </Alert>
        ) : (
          <section
            aria-labelledby="verdict"
            className="rounded-card border border-red-200 bg-white p-5 shadow-sm"
            data-testid="verify-invalid"
          >
            <div className="flex items-center gap-2 text-red-700">
              <XCircle aria-hidden="true" className="size-7" />
              <h2 id="verdict" className="text-lg font-semibold">
                {t('verify.invalidTitle')}
              </h2>
            </div>
            <p className="mt-2 text-sm text-slate-600">{t('verify.invalidBody')}</p>
          </section>
        )}
        <Link href="/" className={buttonClassName('ghost', 'md')}>
          {t('verify.home')}
        </Link>
      </main>
    </>
  );
}
