import { z } from 'zod';
import type { Locale } from '@/lib/domain/locale';
import { renderLayout } from './layout';
import type { EmailTranslator } from './translator';

export const identityApprovedPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** The customer's home page, where paying is now open. */
  url: z.url({ protocol: /^https?$/ }),
});

export function identityApproved(
  { name, url }: z.output<typeof identityApprovedPayload>,
  t: EmailTranslator,
  locale: Locale,
) {
  return {
    subject: t('identityApproved.subject'),
    ...renderLayout(
      {
        locale,
        name,
        preheader: t('identityApproved.preheader'),
        paragraphs: [t('identityApproved.intro')],
        action: { label: t('identityApproved.action'), url },
        notes: [t('identityApproved.notYou')],
      },
      t,
    ),
  };
}
