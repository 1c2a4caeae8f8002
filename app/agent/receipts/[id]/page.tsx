import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReceiptPaper, type ReceiptPaperSize } from '@/components/receipt/receipt-paper';
import { cn } from '@/components/ui/cn';
import { requirePageActor } from '@/lib/auth/actor';
import { isAppError } from '@/lib/server/errors';
import { getCounterReceipt, type CounterReceipt } from '@/lib/server/receipts/get-counter-receipt';
import { PrintOnLoad } from './print-on-load';
import { ReceiptActions } from './receipt-actions';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ paper?: string; print?: string; copy?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('receipt'))('title') };
}

async function load(id: string): Promise<CounterReceipt> {
  const actor = await requirePageActor(['AGENT'], `/agent/receipts/${id}`);
  try {
    return await getCounterReceipt({ actor, transactionId: id });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

/**
 * A counter sale's receipt, 58 mm by default (the counter's printer), with the outlet on top.
 * `?print=1` opens the print dialog on arrival (the counter loads it in a hidden frame after
 * logging the print); `?copy=1` marks it as the customer's copy.
 */
export default async function CounterReceiptPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [{ receipt, outlet, prints }, t, tr] = await Promise.all([
    load(id),
    getTranslations('counter'),
    getTranslations('receipt'),
  ]);
  const paper: ReceiptPaperSize = query.paper === 'a4' ? 'a4' : '58';
  const copy = query.copy === '1';
  const heading = [outlet.name, outlet.address, ...(copy ? [t('receiptPage.copyMark')] : [])];
  const views: [ReceiptPaperSize, string][] = [
    ['58', tr('page.view58')],
    ['a4', tr('page.viewA4')],
  ];
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      {query.print === '1' ? <PrintOnLoad /> : null}
      <div className="space-y-3 print:hidden">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-xl font-semibold tracking-tight">
            {tr('page.title', { number: receipt.number })}
          </h1>
          <nav
            aria-label={tr('page.paper')}
            className="flex gap-1 rounded-lg bg-slate-200 p-1 text-sm"
          >
            {views.map(([size, label]) => (
              <Link
                key={size}
                href={`?paper=${size}${copy ? '&copy=1' : ''}`}
                replace
                aria-current={size === paper ? 'page' : undefined}
                className={cn(
                  'rounded-md px-3 py-1.5 font-medium text-slate-600',
                  size === paper && 'bg-white text-slate-900 shadow-sm',
                )}
              >
                {label}
              </Link>
            ))}
          </nav>
        </div>
        <ReceiptActions transactionId={id} paper={paper} copy={copy} prints={prints} />
      </div>
      <ReceiptPaper receipt={receipt} paper={paper} heading={heading} />
    </div>
  );
}
