import { ChevronLeft } from 'lucide-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CopyButton } from '@/components/shell/copy-button';
import { buttonClassName } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { FactList, type Fact } from '@/components/ui/fact-list';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { formatPlnToken } from '@/lib/domain/pln-token';
import { isAppError } from '@/lib/server/errors';
import {
  getTransactionDetail,
  type TransactionDetail,
} from '@/lib/server/transactions/get-transaction-detail';
import { StatusBadge } from '../status-badge';
import { StatusTimeline } from './status-timeline';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('history'))('detailTitle') };
}

async function load(id: string, locale: 'id' | 'en'): Promise<TransactionDetail> {
  const actor = await requirePageActor(['CUSTOMER'], `/home/history/${id}`);
  try {
    return await getTransactionDetail({ actor, transactionId: id, locale });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function HistoryDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = toLocale(await getLocale());
  const txn = await load((await params).id, locale);
  const [t, tc, tk] = await Promise.all([
    getTranslations('history'),
    getTranslations('categories'),
    getTranslations('checkout'),
  ]);
  const facts: Fact[] = [
    ...(txn.customerName ? [[t('customerName'), txn.customerName] as Fact] : []),
    [
      t('customerNo'),
      <span key="no" className="tabular-nums">
        {txn.customerNo}
      </span>,
    ],
    ...(txn.productName ? [[t('product'), txn.productName] as Fact] : []),
    [t('createdAt'), formatDateTimeWib(txn.createdAt, locale)],
    ...(txn.payment
      ? [
          [
            t('paidWith'),
            `${tk(`channel.${txn.payment.channel}`)}${txn.payment.cardLast4 ? ` •••• ${txn.payment.cardLast4}` : ''}`,
          ] as Fact,
        ]
      : []),
    ...(txn.billerRef
      ? [
          [
            t('billerRef'),
            <span key="ref" className="font-mono">
              {txn.billerRef}
            </span>,
          ] as Fact,
        ]
      : []),
    ...(txn.receiptNumber
      ? [
          [
            t('receiptNumber'),
            <span key="receipt" className="font-mono">
              {txn.receiptNumber}
            </span>,
          ] as Fact,
        ]
      : []),
  ];
  const amounts: [string, number][] = [
    [t('billAmount'), txn.amounts.bill],
    ...(txn.amounts.penalty > 0 ? [[t('penalty'), txn.amounts.penalty] as [string, number]] : []),
    [t('adminFee'), txn.amounts.adminFee],
    ...(txn.amounts.methodFee > 0
      ? [[t('methodFee'), txn.amounts.methodFee] as [string, number]]
      : []),
  ];

  return (
    <div className="space-y-4">
      <Link href="/home/history" className={buttonClassName('ghost', 'sm') + ' -ml-3'}>
        <ChevronLeft aria-hidden="true" className="size-4" />
        {t('backToHistory')}
      </Link>

      <Card>
        <CardHeader>
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <p className="text-sm text-slate-500">{tc(txn.biller.category)}</p>
              <CardTitle as="h1">{txn.biller.name}</CardTitle>
            </div>
            <StatusBadge status={txn.status} />
          </div>
          <p className="mt-2 text-2xl font-semibold tabular-nums" data-testid="detail-total">
            {formatRupiah(txn.amounts.total)}
          </p>
        </CardHeader>
        <CardContent className="space-y-4">
          {txn.token && txn.status === 'SUCCESS' ? (
            <div className="rounded-lg bg-slate-50 p-3">
              <p className="text-xs text-slate-500">{t('token')}</p>
              <p className="font-mono text-lg font-semibold tracking-wide">
                {formatPlnToken(txn.token)}
              </p>
            </div>
          ) : null}
          <FactList facts={facts} />
          <div className="flex items-center justify-between gap-3 border-t border-slate-100 pt-3">
            <div className="min-w-0 text-xs">
              <p className="text-slate-500">{t('transactionId')}</p>
              <p className="font-mono break-all text-slate-700" data-testid="transaction-id">
                {txn.id}
              </p>
            </div>
            <CopyButton value={txn.id} label={tk('copy')} copiedLabel={tk('copied')} />
          </div>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2">{t('breakdownTitle')}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="space-y-1.5 text-sm">
            {amounts.map(([label, amount]) => (
              <div key={label} className="flex justify-between gap-4">
                <dt className="text-slate-600">{label}</dt>
                <dd className="tabular-nums">{formatRupiah(amount)}</dd>
              </div>
            ))}
            <div className="flex justify-between gap-4 border-t border-slate-200 pt-2 font-semibold">
              <dt>{t('total')}</dt>
              <dd className="tabular-nums">{formatRupiah(txn.amounts.total)}</dd>
            </div>
          </dl>
          {txn.refunds.map((refund) => (
            <p
              key={refund.requestedAt.toISOString()}
              className="bg-info-subtle text-info-fg mt-3 rounded-lg p-3 text-sm"
            >
              <span className="font-semibold">{t('refundTitle')}: </span>
              {t(refund.status === 'SUCCEEDED' ? 'refundSucceeded' : 'refundPending', {
                amount: formatRupiah(refund.amount),
              })}
            </p>
          ))}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2">{t('timelineTitle')}</CardTitle>
        </CardHeader>
        <CardContent>
          <StatusTimeline steps={txn.timeline} locale={locale} />
        </CardContent>
      </Card>

      <div className="flex flex-col gap-2 sm:flex-row">
        {txn.status === 'SUCCESS' && txn.receiptNumber ? (
          <Link
            href={`/home/payments/${txn.id}/receipt`}
            className={buttonClassName('primary', 'md')}
          >
            {t('viewReceipt')}
          </Link>
        ) : null}
        {txn.status === 'INQUIRED' ? (
          <Link href={`/home/inquiries/${txn.id}`} className={buttonClassName('primary', 'md')}>
            {t('continuePayment')}
          </Link>
        ) : (
          <Link href={`/home/payments/${txn.id}`} className={buttonClassName('secondary', 'md')}>
            {t('viewPayment')}
          </Link>
        )}
      </div>
    </div>
  );
}
