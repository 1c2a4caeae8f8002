import { z } from 'zod';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { renderFacts } from './facts';
import { renderLayout } from './layout';
import type { EmailTranslator } from './translator';

// A payment under review: held (the money arrived, it goes to the biller once checked; nothing
// more to do) or not approved (the biller is not paid, all the money goes back, and the refund's
// own e-mail follows once the gateway has returned it). Never why it was held.

export const paymentReviewPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** The biller's name in the recipient's language. */
  biller: z.string().trim().min(1).max(200),
  /** Masked: only the last digits show. */
  customerNo: z.string().min(1).max(40),
  /** Everything charged (held) or refunded (not approved), whole rupiah. */
  amount: z.number().int().positive(),
  /** The payment's page. */
  url: z.url({ protocol: /^https?$/ }),
});

type Payload = z.output<typeof paymentReviewPayload>;

function reviewEmail(
  kind: 'paymentHeld' | 'paymentNotApproved',
  payload: Payload,
  t: EmailTranslator,
  locale: Locale,
) {
  const { biller } = payload;
  const amount = formatRupiah(payload.amount);
  const held = kind === 'paymentHeld';
  return {
    subject: t(`${kind}.subject`, { biller }),
    ...renderLayout(
      {
        locale,
        name: payload.name,
        preheader: t(`${kind}.preheader`, { amount }),
        paragraphs: [
          t(`${kind}.intro`, { biller }),
          held ? t('paymentHeld.next', { amount }) : t('paymentNotApproved.refund', { amount }),
        ],
        body: renderFacts([
          [t('facts.biller'), biller],
          [t('facts.customerNo'), payload.customerNo],
          [held ? t('facts.amountPaid') : t('facts.refundAmount'), amount],
        ]),
        action: { label: t(`${kind}.action`), url: payload.url },
        notes: [t(`${kind}.help`)],
      },
      t,
    ),
  };
}

export const paymentHeld = (payload: Payload, t: EmailTranslator, locale: Locale) =>
  reviewEmail('paymentHeld', payload, t, locale);

export const paymentNotApproved = (payload: Payload, t: EmailTranslator, locale: Locale) =>
  reviewEmail('paymentNotApproved', payload, t, locale);
