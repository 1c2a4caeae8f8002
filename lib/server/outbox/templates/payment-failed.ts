import { z } from 'zod';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { PAYMENT_FAILURE_REASONS } from '@/lib/domain/payment-notices';
import { renderFacts } from './facts';
import { renderLayout } from './layout';
import type { EmailTranslator } from './translator';

// The biller refused a paid payment: why, in the customer's words, and that the money is on its
// way back. The refund's own e-mail follows once the gateway has returned it.

export const paymentFailedPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** The biller's name in the recipient's language. */
  biller: z.string().trim().min(1).max(200),
  /** Masked: only the last digits show. */
  customerNo: z.string().min(1).max(40),
  /** What is refunded: everything charged, whole rupiah. */
  amount: z.number().int().nonnegative(),
  reason: z.enum(PAYMENT_FAILURE_REASONS),
  /** The payment was pending at the biller before it failed. */
  delayed: z.boolean(),
  /** The payment's page. */
  url: z.url({ protocol: /^https?$/ }),
});

export function paymentFailed(
  payload: z.output<typeof paymentFailedPayload>,
  t: EmailTranslator,
  locale: Locale,
) {
  const { biller } = payload;
  const amount = formatRupiah(payload.amount);
  return {
    subject: t('paymentFailed.subject', { biller }),
    ...renderLayout(
      {
        locale,
        name: payload.name,
        preheader: t('paymentFailed.preheader', { amount }),
        paragraphs: [
          t(payload.delayed ? 'paymentFailed.introDelayed' : 'paymentFailed.intro', { biller }),
          t(`paymentFailed.reasons.${payload.reason}`),
          t('paymentFailed.refund', { amount }),
        ],
        body: renderFacts([
          [t('facts.biller'), biller],
          [t('facts.customerNo'), payload.customerNo],
          [t('facts.refundAmount'), amount],
        ]),
        action: { label: t('paymentFailed.action'), url: payload.url },
        notes: [t('paymentFailed.help')],
      },
      t,
    ),
  };
}
