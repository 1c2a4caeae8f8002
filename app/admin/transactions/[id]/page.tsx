import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { FactList, type Fact } from '@/components/ui/fact-list';
import { requirePageActor } from '@/lib/auth/actor';
import { transactionIdSchema } from '@/lib/domain/admin-transactions';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { getTransactionAdmin } from '@/lib/server/admin/transactions/get-transaction-admin';
import { isAppError } from '@/lib/server/errors';
import { TransactionStatusBadge } from '../status-badge';
import { AdminAudit } from './admin-audit';
import { BillerMessages } from './biller-messages';
import { LedgerPostings } from './ledger-postings';
import { ChargeRecords, RefundRecords } from './payment-records';
import { RecheckPanel } from './recheck-panel';
import { RefundPanel } from './refund-panel';
import { ResolvePanel } from './resolve-panel';
import { StatusHistory } from './status-history';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminTransactions'))('detail.title') };
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{title}</CardTitle>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

export default async function AdminTransactionPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const actor = await requirePageActor(['ADMIN'], `/admin/transactions/${encodeURIComponent(id)}`);
  if (!transactionIdSchema.safeParse(id).success) notFound();
  const locale = toLocale(await getLocale());
  const detail = await getTransactionAdmin({ actor, transactionId: id, locale }).catch(
    (error: unknown) => {
      if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
      throw error;
    },
  );
  const t = await getTranslations('adminTransactions');
  const { amounts, actions } = detail;
  const when = (date: Date | null) => (date ? formatDateTimeWib(date, locale) : t('detail.none'));

  const summary: Fact[] = [
    [
      t('detail.transactionId'),
      <span key="id" className="font-mono text-xs">
        {detail.id}
      </span>,
    ],
    [
      t('detail.customerNo'),
      <span key="no" className="font-mono">
        {detail.customerNo}
      </span>,
    ],
    [t('detail.customerName'), detail.customerName],
    ...(detail.productName ? ([[t('detail.product'), detail.productName]] as Fact[]) : []),
    ...(detail.periods.length > 0
      ? ([[t('detail.periods'), detail.periods.map((p) => p.period).join(', ')]] as Fact[])
      : []),
    [t('detail.account'), `${detail.customer.name} (${detail.customer.email})`],
    [
      t('detail.channel'),
      detail.outlet ? t('detail.counter', { outlet: detail.outlet.name }) : t('detail.online'),
    ],
    [t('detail.paidAt'), when(detail.paidAt)],
    [t('detail.completedAt'), when(detail.completedAt)],
    [t('detail.receiptNumber'), detail.receiptNumber ?? t('detail.none')],
  ];
  const money: Fact[] = [
    [t('detail.bill'), formatRupiah(amounts.bill)],
    ...(amounts.penalty > 0
      ? ([[t('detail.penalty'), formatRupiah(amounts.penalty)]] as Fact[])
      : []),
    [t('detail.adminFee'), formatRupiah(amounts.adminFee)],
    ...(detail.outlet
      ? ([
          [t('detail.outletMarkup'), formatRupiah(amounts.outletMarkup)],
          [t('detail.commission'), formatRupiah(amounts.commission)],
        ] as Fact[])
      : ([[t('detail.methodFee'), formatRupiah(amounts.methodFee)]] as Fact[])),
    [t('detail.total'), <strong key="total">{formatRupiah(amounts.total)}</strong>],
  ];
  const hasActions = actions.recheck || actions.resolve || actions.refund !== null;

  return (
    <div className="space-y-5">
      <Link
        href="/admin/transactions"
        className="text-brand-700 inline-flex items-center gap-1 text-sm font-medium hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('detail.back')}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">
          {t('detail.heading', { biller: detail.biller.name, customerNo: detail.customerNo })}
        </h1>
        <span data-testid="transaction-status">
          <TransactionStatusBadge status={detail.status} />
        </span>
        <span className="text-sm text-slate-600">
          {t('detail.created', { date: formatDateTimeWib(detail.createdAt, locale) })}
        </span>
      </div>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <div className="space-y-5">
          <Section title={t('detail.summaryTitle')}>
            <FactList facts={summary} />
          </Section>
          <Section title={t('detail.amountsTitle')}>
            <FactList facts={money} className="tabular-nums" />
          </Section>
        </div>
        <Section title={t('actions.title')}>
          {hasActions ? (
            <div className="divide-y divide-slate-100 [&>*]:py-4 [&>*:first-child]:pt-0 [&>*:last-child]:pb-0">
              {actions.recheck ? <RecheckPanel transactionId={detail.id} /> : null}
              {actions.resolve ? (
                <ResolvePanel
                  transactionId={detail.id}
                  refundAmount={formatRupiah(amounts.total)}
                />
              ) : null}
              {actions.refund ? (
                <RefundPanel
                  transactionId={detail.id}
                  paid={actions.refund.paid}
                  refunded={actions.refund.refunded}
                  left={actions.refund.left}
                  refundsSeen={actions.refund.adminRefunds}
                />
              ) : null}
            </div>
          ) : (
            <p className="text-sm text-slate-600">{t('actions.none')}</p>
          )}
        </Section>
      </div>

      <Section title={t('detail.timelineTitle')}>
        <StatusHistory timeline={detail.timeline} locale={locale} />
      </Section>
      <Section title={t('detail.ledgerTitle')}>
        <LedgerPostings postings={detail.ledger} locale={locale} />
      </Section>
      <div className="grid gap-5 lg:grid-cols-2">
        <Section title={t('detail.chargesTitle')}>
          <ChargeRecords charges={detail.charges} locale={locale} />
        </Section>
        <Section title={t('detail.billerTitle')}>
          <BillerMessages detail={detail} locale={locale} />
        </Section>
      </div>
      <Section title={t('detail.refundsTitle')}>
        <RefundRecords refunds={detail.refunds} locale={locale} />
      </Section>
      <Section title={t('detail.auditTitle')}>
        <AdminAudit audit={detail.audit} locale={locale} />
      </Section>
    </div>
  );
}
