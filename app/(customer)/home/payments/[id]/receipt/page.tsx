import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PrintButton, PrintOnArrival } from '@/components/receipt/print-button';
import { ReceiptPaper, type ReceiptPaperSize } from '@/components/receipt/receipt-paper';
import { buttonClassName } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { requirePageActor } from '@/lib/auth/actor';
import type { ReceiptView } from '@/lib/domain/receipt';
import { isAppError } from '@/lib/server/errors';
import { getReceipt } from '@/lib/server/receipts/get-receipt';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ paper?: string; print?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('receipt'))('title') };
}

async function load(id: string): Promise<ReceiptView> {
  const actor = await requirePageActor(['CUSTOMER'], `/home/payments/${id}/receipt`);
  try {
    return await getReceipt({ actor, transactionId: id });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function ReceiptPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [receipt, t] = await Promise.all([load(id), getTranslations('receipt')]);
  const paper: ReceiptPaperSize = query.paper === '58' ? '58' : 'a4';
  const views: [ReceiptPaperSize, string][] = [
    ['a4', t('page.viewA4')],
    ['58', t('page.view58')],
  ];
  return (
    <div className="space-y-4">
      {query.print === '1' ? <PrintOnArrival paper={paper} /> : null}
      <div className="space-y-3 print:hidden">
        <nav
          aria-label={t('page.paper')}
          className="flex gap-1 rounded-lg bg-slate-100 p-1 text-sm"
        >
          {views.map(([size, label]) => (
            <Link
              key={size}
              href={`?paper=${size}`}
              replace
              aria-current={size === paper ? 'page' : undefined}
              className={cn(
                'flex-1 rounded-md px-3 py-2 text-center font-medium text-slate-600',
                size === paper && 'bg-white text-slate-900 shadow-sm',
              )}
            >
              {label}
            </Link>
          ))}
        </nav>
        <div className="flex flex-wrap gap-2">
          <PrintButton paper="a4" current={paper} label={t('page.printA4')} />
          <PrintButton paper="58" current={paper} label={t('page.print58')} />
          <a
            href={`/home/payments/${id}/receipt/pdf`}
            className={buttonClassName('ghost', 'md')}
            download
          >
            {t('page.downloadPdf')}
          </a>
        </div>
      </div>
      <ReceiptPaper receipt={receipt} paper={paper} />
      <p className="text-sm text-slate-500 print:hidden">{t('page.emailed')}</p>
      <Link
        href={`/home/payments/${id}`}
        className={cn(buttonClassName('ghost', 'md'), 'print:hidden')}
      >
        {t('page.back')}
      </Link>
    </div>
  );
}
