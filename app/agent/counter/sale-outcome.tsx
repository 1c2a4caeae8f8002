'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import { formatRupiah } from '@/lib/domain/money';
import { formatPlnToken } from '@/lib/domain/pln-token';
import type { CounterPaymentResult } from '@/lib/server/counter/pay-at-counter';

type Props = {
  panelRef: React.Ref<HTMLDivElement>;
  result: CounterPaymentResult;
  printNotice: string | null;
};

function Key({ children }: { children: React.ReactNode }) {
  return (
    <kbd className="rounded border border-current/30 bg-white/70 px-1.5 font-mono text-xs font-semibold">
      {children}
    </kbd>
  );
}

/**
 * What happened to the sale, and what to do with the cash: the change (or all of it back when
 * the biller refused), the token for PLN prepaid, and the keys for the next step.
 */
export function SaleOutcome({ panelRef, result, printNotice }: Props) {
  const t = useTranslations('counter');
  const tone = {
    SUCCESS: 'border-success-border bg-success-subtle text-success-fg',
    PENDING_BILLER: 'border-warning-border bg-warning-subtle text-warning-fg',
    FAILED: 'border-danger-border bg-danger-subtle text-danger-fg',
  }[result.status];
  return (
    <div
      ref={panelRef}
      tabIndex={-1}
      role={result.status === 'FAILED' ? 'alert' : 'status'}
      data-testid="sale-outcome"
      data-status={result.status}
      className={cn('rounded-card space-y-4 border p-5 outline-none', tone)}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-xl font-bold">{t(`outcome.${result.status}.title`)}</h2>
        {result.receiptNumber ? (
          <p className="font-mono text-sm" data-testid="outcome-receipt-number">
            {result.receiptNumber}
          </p>
        ) : null}
      </div>
      <p className="text-sm text-slate-800">{t(`outcome.${result.status}.body`)}</p>
      {result.token ? (
        <div className="rounded-card bg-white p-4 text-center text-slate-900">
          <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {t('token')}
          </p>
          <p
            className="mt-1 font-mono text-3xl font-bold tracking-wider lg:text-4xl"
            data-testid="outcome-token"
          >
            {formatPlnToken(result.token)}
          </p>
        </div>
      ) : null}
      <div className="rounded-card bg-white p-4 text-slate-900">
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
          {result.returnAllCash ? t('returnAllCash') : t('change')}
        </p>
        <p className="text-4xl font-bold tabular-nums" data-testid="outcome-change">
          {formatRupiah(result.change)}
        </p>
      </div>
      {printNotice ? (
        <p className="text-sm text-slate-800" aria-live="polite">
          {printNotice}
        </p>
      ) : null}
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-slate-800">
        <li>
          <Key>Enter</Key> / <Key>N</Key> {t('nextCustomer')}
        </li>
        {result.status === 'SUCCESS' ? (
          <>
            <li>
              <Key>R</Key> {t('reprint')}
            </li>
            <li>
              <Key>C</Key> {t('customerCopyKey')}
            </li>
            <li>
              <Key>V</Key>{' '}
              <Link href={`/agent/receipts/${result.transactionId}`} className="underline">
                {t('viewReceipt')}
              </Link>
            </li>
          </>
        ) : null}
      </ul>
    </div>
  );
}
