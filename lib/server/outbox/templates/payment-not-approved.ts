import { z } from 'zod';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { renderFacts } from './facts';
import { renderLayout } from './layout';
import type { EmailTranslator } from './translator';

// A held payment was not approved: the biller is not paid and all the money is on its way back.
// The refund's own e-mail follows once the gateway has returned it.

export const paymentNotApprovedPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  biller: z.string().trim().min(1).max(200),
  customerNo: z.string().min(1).max(40),
  /** What is refunded: everything charged, whole rupiah. */
  amount: z.number().int().positive(),
  url: z.url({ protocol: /^https?$/ }),
});

export function paymentNotApproved(
  payload: z.output<typeof paymentNotApprovedPayload>,
  t: EmailTranslator,
  locale: Locale,
) {
  const { biller } = payload;
  const amount = formatRupiah(payload.amount);
  return {
    subject: t('paymentNotApproved.subject', { biller }),
    ...renderLayout(
      {
        locale,
        name: payload.name,
        preheader: t('paymentNotApproved.preheader', { amount }),
        paragraphs: [
          t('paymentNotApproved.intro', { biller }),
          t('paymentNotApproved.refund', { amount }),
        ],
        body: renderFacts([
          [t('facts.biller'), biller],
          [t('facts.customerNo'), payload.customerNo],
          [t('facts.refundAmount'), amount],
        ]),
        action: { label: t('paymentNotApproved.action'), url: payload.url },
        notes: [t('paymentNotApproved.help')],
      },
      t,
    ),
  };
}
