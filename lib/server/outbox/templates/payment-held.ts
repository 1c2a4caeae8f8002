import { z } from 'zod';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { renderFacts } from './facts';
import { renderLayout } from './layout';
import type { EmailTranslator } from './translator';

// The money arrived and the payment waits for a review before the biller is paid: the customer
// learns that nothing more is needed from them, and what happens either way. Never why it is held.

export const paymentHeldPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** The biller's name in the recipient's language. */
  biller: z.string().trim().min(1).max(200),
  /** Masked: only the last digits show. */
  customerNo: z.string().min(1).max(40),
  /** Everything charged, whole rupiah. */
  amount: z.number().int().positive(),
  /** The payment's page. */
  url: z.url({ protocol: /^https?$/ }),
});

export function paymentHeld(
  payload: z.output<typeof paymentHeldPayload>,
  t: EmailTranslator,
  locale: Locale,
) {
  const { biller } = payload;
  const amount = formatRupiah(payload.amount);
  return {
    subject: t('paymentHeld.subject', { biller }),
    ...renderLayout(
      {
        locale,
        name: payload.name,
        preheader: t('paymentHeld.preheader', { amount }),
        paragraphs: [t('paymentHeld.intro', { biller }), t('paymentHeld.next', { amount })],
        body: renderFacts([
          [t('facts.biller'), biller],
          [t('facts.customerNo'), payload.customerNo],
          [t('facts.amountPaid'), amount],
        ]),
        action: { label: t('paymentHeld.action'), url: payload.url },
        notes: [t('paymentHeld.help')],
      },
      t,
    ),
  };
}
