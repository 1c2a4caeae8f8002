'use client';
import { Printer } from 'lucide-react';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import type { ReceiptPaperSize } from './receipt-paper';

const PRINT_PARAM = 'print';

/**
 * Prints the receipt on the chosen paper: at once when the page already shows that paper,
 * otherwise after switching to it (the page opens with `?paper=…&print=1`).
 */
export function PrintButton({
  paper,
  current,
  label,
}: {
  paper: ReceiptPaperSize;
  current: ReceiptPaperSize;
  label: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <Button
      variant={paper === current ? 'primary' : 'secondary'}
      onClick={() => {
        if (paper === current) window.print();
        else router.push(`${pathname}?paper=${paper}&${PRINT_PARAM}=1`);
      }}
    >
      <Printer aria-hidden="true" className="size-4" />
      {label}
    </Button>
  );
}

/** Opens the print dialog once after a switch of paper asked for it, then forgets the ask. */
export function PrintOnArrival({ paper }: { paper: ReceiptPaperSize }) {
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    router.replace(`${pathname}?paper=${paper}`, { scroll: false });
    window.print();
  }, [router, pathname, paper]);
  return null;
}
