import { z } from 'zod';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import { renderLayout } from './layout';
import type { EmailTranslator } from './translator';

// A notice after the password changed (by the person, or through a reset link): if it was not
// them, the button starts a reset at once.
export const passwordChangedPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** The forgot-password page, for the case where someone else changed it. */
  url: z.url({ protocol: /^https?$/ }),
  changedAt: z.iso.datetime(),
});

export function passwordChanged(
  { name, url, changedAt }: z.output<typeof passwordChangedPayload>,
  t: EmailTranslator,
  locale: Locale,
) {
  return {
    subject: t('passwordChanged.subject'),
    ...renderLayout(
      {
        locale,
        name,
        preheader: t('passwordChanged.preheader'),
        paragraphs: [
          t('passwordChanged.intro', { when: formatDateTimeWib(new Date(changedAt), locale) }),
          t('passwordChanged.sessions'),
        ],
        action: { label: t('passwordChanged.action'), url },
        notes: [t('passwordChanged.notYou')],
      },
      t,
    ),
  };
}
