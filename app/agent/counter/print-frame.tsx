'use client';
import { useTranslations } from 'next-intl';

export type PrintJob = { transactionId: string; copy: boolean; nonce: string };

/**
 * Prints a receipt without leaving the counter: the 58 mm receipt page loads in a frame kept off
 * screen and opens the print dialog itself. A new job (a new nonce) loads it again.
 */
export function PrintFrame({ job }: { job: PrintJob | null }) {
  const t = useTranslations('counter');
  if (!job) return null;
  const params = new URLSearchParams({ paper: '58', print: '1', job: job.nonce });
  if (job.copy) params.set('copy', '1');
  return (
    <iframe
      key={job.nonce}
      src={`/agent/receipts/${job.transactionId}?${params.toString()}`}
      title={t('printFrame')}
      data-testid="print-frame"
      tabIndex={-1}
      aria-hidden="true"
      className="pointer-events-none fixed top-0 -left-[10000px] h-[800px] w-[360px] border-0"
    />
  );
}
