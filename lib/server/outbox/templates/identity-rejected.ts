import { z } from 'zod';
import type { Locale } from '@/lib/domain/locale';
import { renderLayout } from './layout';
import type { EmailTranslator } from './translator';

export const identityRejectedPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** The reviewer's words, shown to the customer as written. */
  reason: z.string().trim().min(1).max(500),
  /** The identity page, where the customer submits again. */
  url: z.url({ protocol: /^https?$/ }),
});

export function identityRejected(
  { name, reason, url }: z.output<typeof identityRejectedPayload>,
  t: EmailTranslator,
  locale: Locale,
) {
  return {
    subject: t('identityRejected.subject'),
    ...renderLayout(
      {
        locale,
        name,
        preheader: t('identityRejected.preheader'),
        paragraphs: [
          t('identityRejected.intro'),
          t('identityRejected.reason', { reason }),
          t('identityRejected.resubmit'),
        ],
        action: { label: t('identityRejected.action'), url },
        notes: [t('identityRejected.help')],
      },
      t,
    ),
  };
}
