'use client';
import { Copy, Printer, ReceiptText } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toast';
import type { ReceiptPaperSize } from '@/components/receipt/receipt-paper';
import type { ReceiptPrintKind } from '@/lib/server/receipts/record-receipt-print';
import { recordReceiptPrintAction } from '../../counter/actions';

type Props = {
  transactionId: string;
  paper: ReceiptPaperSize;
  copy: boolean;
  prints: { original: boolean; customerCopy: boolean; reprints: number; reprintLimit: number };
};

/**
 * Printing a counter receipt: the first print is the original, later ones are reprints (logged,
 * within the admin's limit), and the customer's copy is marked as such. Keys: P print, R reprint,
 * C customer copy, N back to the counter.
 */
export function ReceiptActions({ transactionId, paper, copy, prints }: Props) {
  const t = useTranslations('counter');
  const router = useRouter();
  // Busy only while the print is being logged, so the next key is never swallowed for long.
  const [pending, setPending] = useState(false);
  const [left, setLeft] = useState(prints.reprintLimit - prints.reprints);
  const firstKind: ReceiptPrintKind = prints.original ? 'REPRINT' : 'ORIGINAL';

  const print = useCallback(
    async (kind: ReceiptPrintKind) => {
      setPending(true);
      const result = await recordReceiptPrintAction({ transactionId, kind });
      setPending(false);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      setLeft(result.data.reprintsLeft);
      const wantCopy = kind === 'CUSTOMER_COPY';
      if (wantCopy === copy && paper === '58') {
        window.print();
        router.refresh();
      } else {
        // The page comes back from the server with the copy mark, and prints on arrival.
        router.push(`?paper=58${wantCopy ? '&copy=1' : ''}&print=1`);
      }
    },
    [transactionId, copy, paper, router],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || pending) return;
      const key = event.key.toLowerCase();
      if (key === 'n' || key === 'escape') router.push('/agent/counter');
      else if (key === 'p' || key === 'r') void print(firstKind);
      else if (key === 'c' && !prints.customerCopy) void print('CUSTOMER_COPY');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [pending, print, firstKind, prints.customerCopy, router]);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => void print(firstKind)}
          loading={pending}
          disabled={firstKind === 'REPRINT' && left <= 0}
        >
          <Printer aria-hidden="true" className="size-4" />
          {prints.original ? t('receiptPage.reprint') : t('receiptPage.print')}
          <kbd className="ml-1 font-mono text-xs opacity-80">{prints.original ? 'R' : 'P'}</kbd>
        </Button>
        <Button
          variant="secondary"
          onClick={() => void print('CUSTOMER_COPY')}
          disabled={pending || prints.customerCopy}
        >
          <Copy aria-hidden="true" className="size-4" />
          {t('customerCopy')}
          <kbd className="ml-1 font-mono text-xs opacity-70">C</kbd>
        </Button>
        <Button variant="ghost" onClick={() => router.push('/agent/counter')}>
          <ReceiptText aria-hidden="true" className="size-4" />
          {t('receiptPage.backToCounter')}
          <kbd className="ml-1 font-mono text-xs opacity-70">N</kbd>
        </Button>
      </div>
      <p className="text-sm text-slate-600" data-testid="print-count">
        {prints.original ? t('receiptPage.originalPrinted') : t('receiptPage.originalNotPrinted')}
        {' · '}
        {t('receiptPage.printCount', {
          reprints: prints.reprintLimit - left,
          limit: prints.reprintLimit,
        })}
      </p>
    </div>
  );
}
