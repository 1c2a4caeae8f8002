'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { billerShortcutIndex } from '@/lib/domain/counter-keys';
import type { CounterPaymentResult } from '@/lib/server/counter/pay-at-counter';
import type { CounterBiller } from '@/lib/server/outlets/get-counter-desk';
import type { ReceiptPrintKind } from '@/lib/server/receipts/record-receipt-print';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'INPUT');

/**
 * The counter's keys that work wherever the focus is: ? for help, F1-F4 for the favourite
 * billers (the browser's own F1-F4 are held back on this screen), and after a sale Enter or N
 * for the next customer, R to reprint, C for the customer copy, V to open the receipt.
 */
export function useCounterKeys(input: {
  billers: CounterBiller[];
  canPickBiller: boolean;
  outcome: CounterPaymentResult | null;
  helpOpen: boolean;
  openHelp: () => void;
  pickBiller: (biller: CounterBiller) => void;
  nextCustomer: () => void;
  print: (transactionId: string, kind: ReceiptPrintKind) => Promise<void>;
}) {
  const router = useRouter();
  const { billers, canPickBiller, outcome, helpOpen, openHelp, pickBiller, nextCustomer, print } =
    input;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || helpOpen) return;
      if (event.key === '?') {
        event.preventDefault();
        openHelp();
        return;
      }
      const index = billerShortcutIndex(event.key, { fieldEmpty: false, count: billers.length });
      if (index !== null || /^F[1-4]$/.test(event.key)) {
        event.preventDefault();
        const next = index === null ? undefined : billers[index];
        if (next && canPickBiller) pickBiller(next);
        return;
      }
      if (!outcome || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'enter' || key === 'n') {
        event.preventDefault();
        nextCustomer();
      } else if (outcome.status === 'SUCCESS' && (key === 'r' || key === 'c')) {
        event.preventDefault();
        void print(outcome.transactionId, key === 'r' ? 'REPRINT' : 'CUSTOMER_COPY');
      } else if (outcome.status === 'SUCCESS' && key === 'v') {
        event.preventDefault();
        router.push(`/agent/receipts/${outcome.transactionId}`);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [
    billers,
    canPickBiller,
    outcome,
    helpOpen,
    openHelp,
    pickBiller,
    nextCustomer,
    print,
    router,
  ]);
}
