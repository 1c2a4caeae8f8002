import { createTranslator } from 'use-intl/core';
import { WIB_TIME_ZONE } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import type { ReceiptTexts } from '@/lib/domain/receipt';
import en from '@/messages/en/receipt.json';
import id from '@/messages/id/receipt.json';

// The `receipt` catalogue outside React (the e-mail and the PDF are rendered by the worker):
// the same texts the receipt page shows.
const catalogues: Record<Locale, typeof id> = { id, en };

export function receiptTranslator(locale: Locale) {
  return createTranslator({
    locale,
    messages: { receipt: catalogues[locale] },
    namespace: 'receipt',
    timeZone: WIB_TIME_ZONE,
    onError(error) {
      throw error;
    },
  });
}

export type ReceiptTranslator = ReturnType<typeof receiptTranslator>;

/** The receipt's own texts (labels, title, footer) as the domain layout asks for them. */
export const receiptTexts =
  (t: ReceiptTranslator): ReceiptTexts =>
  (key) =>
    t(key);
