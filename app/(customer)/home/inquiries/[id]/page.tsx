import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { VerificationChecklist } from '@/components/identity/verification-checklist';
import { notFound, redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { buttonClassName } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { paymentOptions } from '@/lib/domain/payment-methods';
import { isAppError } from '@/lib/server/errors';
import { getInquiry, type InquiryView } from '@/lib/server/inquiries/get-inquiry';
import { BillDetails } from './bill-details';
import { CheckoutForm } from './checkout-form';
import { ProductPicker } from './product-picker';
import { SaveReferenceForm } from './save-reference-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('pay'))('inquiryTitle') };
}

async function loadInquiry(id: string): Promise<InquiryView> {
  const actor = await requirePageActor(['CUSTOMER'], `/home/inquiries/${id}`);
  try {
    return await getInquiry({ actor, id, locale: toLocale(await getLocale()) });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

const OPEN_STATES = ['INQUIRED', 'AWAITING_PAYMENT', 'EXPIRED'];

export default async function InquiryPage({ params }: { params: Promise<{ id: string }> }) {
  const inquiry = await loadInquiry((await params).id);
  if (!OPEN_STATES.includes(inquiry.status)) redirect(`/home/payments/${inquiry.id}`);
  const [t, tc, locale] = await Promise.all([
    getTranslations('pay'),
    getTranslations('checkout'),
    getLocale().then(toLocale),
  ]);
  const needsProduct = inquiry.biller.kind === 'PREPAID' && !inquiry.product;
  const rows: [string, number][] = [
    [inquiry.biller.kind === 'PREPAID' ? t('productPrice') : t('billAmount'), inquiry.billAmount],
    ...(inquiry.penalty > 0 ? ([[t('penalty'), inquiry.penalty]] as [string, number][]) : []),
    [t('adminFee'), inquiry.adminFee],
  ];

  return (
    <div className="space-y-4">
      <Card>
        <CardHeader>
          <CardTitle>
            <h1>{inquiry.biller.name}</h1>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <BillDetails inquiry={inquiry} locale={locale} />
        </CardContent>
      </Card>

      {inquiry.expired ? (
        <Alert tone="warning" title={t('expiredTitle')}>
          <span className="block">{t('expiredBody')}</span>
          <Link
            href={`/home/billers/${inquiry.biller.code}`}
            className={buttonClassName('secondary', 'sm') + ' mt-2'}
          >
            {t('checkAgain')}
          </Link>
        </Alert>
      ) : (
        <>
          {inquiry.productOptions.length > 0 && inquiry.status === 'INQUIRED' ? (
            <ProductPicker
              transactionId={inquiry.id}
              options={inquiry.productOptions}
              selected={inquiry.product?.code ?? null}
            />
          ) : null}

          <Card>
            <CardContent>
              {needsProduct ? (
                <p className="text-sm text-slate-600">{t('chooseProductFirst')}</p>
              ) : (
                <dl className="space-y-2 text-sm" aria-label={t('total')}>
                  {rows.map(([label, amount]) => (
                    <div key={label} className="flex justify-between gap-4">
                      <dt className="text-slate-600">{label}</dt>
                      <dd className="tabular-nums">{formatRupiah(amount)}</dd>
                    </div>
                  ))}
                  <div className="flex justify-between gap-4 border-t border-slate-200 pt-2 text-base font-semibold">
                    <dt>{t('total')}</dt>
                    <dd className="tabular-nums" data-testid="inquiry-total">
                      {formatRupiah(inquiry.totalAmount)}
                    </dd>
                  </div>
                </dl>
              )}
              <p className="mt-3 text-xs text-slate-500">
                {t('expiresAt', { time: formatDateTimeWib(inquiry.expiresAt, locale) })}
              </p>
            </CardContent>
          </Card>

          {inquiry.missingVerification.length > 0 ? (
            <VerificationChecklist steps={inquiry.missingVerification} title={t('verifyTitle')} />
          ) : needsProduct ? null : (
            <>
              {inquiry.status === 'AWAITING_PAYMENT' ? (
                <Alert tone="info">
                  <Link href={`/home/payments/${inquiry.id}`} className="font-medium underline">
                    {tc('viewPayment')}
                  </Link>
                </Alert>
              ) : (
                <Alert tone="success" title={t('readyTitle')}>
                  {t('readyBody')}
                </Alert>
              )}
              <CheckoutForm
                transactionId={inquiry.id}
                options={paymentOptions(inquiry.totalAmount)}
              />
            </>
          )}
        </>
      )}

      <SaveReferenceForm transactionId={inquiry.id} saved={inquiry.saved} />
    </div>
  );
}
