import { z } from 'zod';
import type { Locale } from '@/lib/domain/locale';
import { renderLayout } from './layout';
import type { EmailTranslator } from './translator';

/** How long a verification link is valid: whoever issues the link must use this. */
export const VERIFY_EMAIL_VALID_HOURS = 24;

export const verifyEmailPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }),
});

export function verifyEmail(
  { name, url }: z.output<typeof verifyEmailPayload>,
  t: EmailTranslator,
  locale: Locale,
) {
  return {
    subject: t('verifyEmail.subject'),
    ...renderLayout(
      {
        locale,
        name,
        preheader: t('verifyEmail.preheader'),
        paragraphs: [t('verifyEmail.intro')],
        action: { label: t('verifyEmail.action'), url },
        notes: [
          t('verifyEmail.validity', { hours: VERIFY_EMAIL_VALID_HOURS }),
          t('verifyEmail.notYou'),
        ],
      },
      t,
    ),
  };
}
