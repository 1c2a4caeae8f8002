import { z } from 'zod';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { PAYMENT_METHODS } from '@/lib/domain/payment-methods';
import { REFUND_CAUSES } from '@/lib/domain/payment-notices';
import { renderFacts } from './facts';
import { renderLayout } from './layout';
import type { EmailTranslator } from './translator';

// The gateway has returned a refund: how much, why, and where it went.

export const paymentRefundedPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  biller: z.string().trim().min(1).max(200),
  customerNo: z.string().min(1).max(40),
  amount: z.number().int().positive(),
  method: z.enum(PAYMENT_METHODS),
  cause: z.enum(REFUND_CAUSES),
  url: z.url({ protocol: /^https?$/ }),
});

export function paymentRefunded(
  payload: z.output<typeof paymentRefundedPayload>,
  t: EmailTranslator,
  locale: Locale,
) {
  const { biller } = payload;
  const amount = formatRupiah(payload.amount);
  return {
    subject: t('paymentRefunded.subject', { amount }),
    ...renderLayout(
      {
        locale,
        name: payload.name,
        preheader: t('paymentRefunded.preheader', { biller }),
        paragraphs: [t(`paymentRefunded.causes.${payload.cause}`, { biller })],
        body: renderFacts([
          [t('facts.biller'), biller],
          [t('facts.customerNo'), payload.customerNo],
          [t('facts.refundAmount'), amount],
          [t('facts.refundTo'), t(`facts.method.${payload.method}`)],
        ]),
        action: { label: t('paymentRefunded.action'), url: payload.url },
        notes: [t('paymentRefunded.timing'), t('paymentRefunded.help')],
      },
      t,
    ),
  };
}
