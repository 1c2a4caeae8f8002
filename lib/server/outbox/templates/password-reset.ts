import { z } from 'zod';
import type { Locale } from '@/lib/domain/locale';
import { renderLayout } from './layout';
import type { EmailTranslator } from './translator';

/** How long a reset link is valid: whoever issues the link must use this. */
export const PASSWORD_RESET_VALID_HOURS = 1;

export const passwordResetPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }),
});

export function passwordReset(
  { name, url }: z.output<typeof passwordResetPayload>,
  t: EmailTranslator,
  locale: Locale,
) {
  return {
    subject: t('passwordReset.subject'),
    ...renderLayout(
      {
        locale,
        name,
        preheader: t('passwordReset.preheader'),
        paragraphs: [t('passwordReset.intro')],
        action: { label: t('passwordReset.action'), url },
        notes: [
          t('passwordReset.validity', { hours: PASSWORD_RESET_VALID_HOURS }),
          t('passwordReset.notYou'),
        ],
      },
      t,
    ),
  };
}
