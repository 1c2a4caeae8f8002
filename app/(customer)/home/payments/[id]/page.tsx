import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AutoRefresh } from '@/components/shell/auto-refresh';
import { buttonClassName } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { FactList } from '@/components/ui/fact-list';
import { requirePageActor } from '@/lib/auth/actor';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { isAppError } from '@/lib/server/errors';
import { getPaymentStatus, type PaymentStatusView } from '@/lib/server/payments/get-payment-status';
import { AwaitingPayment } from './awaiting-payment';
import { PaymentOutcome } from './payment-outcome';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checkout'))('statusTitle') };
}

// States in which something is still going to happen without the customer.
const MOVING = ['AWAITING_PAYMENT', 'PAID', 'PROCESSING', 'PENDING_BILLER'];

async function load(id: string): Promise<PaymentStatusView> {
  const actor = await requirePageActor(['CUSTOMER'], `/home/payments/${id}`);
  try {
    return await getPaymentStatus({
      actor,
      transactionId: id,
      locale: toLocale(await getLocale()),
    });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function PaymentPage({ params }: { params: Promise<{ id: string }> }) {
  const payment = await load((await params).id);
  const [t, tp] = await Promise.all([getTranslations('checkout'), getTranslations('pay')]);
  const facts: [string, string][] = [
    ...(payment.customerName
      ? ([[tp('customerName'), payment.customerName]] as [string, string][])
      : []),
    [tp('customerNo'), payment.customerNo],
    ...(payment.productName ? ([[tp('product'), payment.productName]] as [string, string][]) : []),
  ];
  const charged = payment.charge?.amount ?? payment.totalAmount + payment.methodFee;
  const declined = payment.status === 'AWAITING_PAYMENT' && payment.charge?.status === 'FAILED';
  return (
    <div className="space-y-4">
      {MOVING.includes(payment.status) && !declined ? <AutoRefresh /> : null}
      <Card>
        <CardHeader>
          <CardTitle>
            <h1>{payment.biller.name}</h1>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <FactList facts={facts}>
            <dt className="text-slate-500">{tp('total')}</dt>
            <dd className="font-semibold tabular-nums" data-testid="charged-amount">
              {formatRupiah(charged)}
            </dd>
          </FactList>
        </CardContent>
      </Card>
      {payment.status === 'AWAITING_PAYMENT' ? (
        <AwaitingPayment payment={payment} />
      ) : (
        <PaymentOutcome payment={payment} />
      )}
      <Link href="/home" className={buttonClassName('ghost', 'md')}>
        {t('backHome')}
      </Link>
    </div>
  );
}
