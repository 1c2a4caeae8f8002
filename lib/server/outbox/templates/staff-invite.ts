import { z } from 'zod';
import type { Locale } from '@/lib/domain/locale';
import { renderLayout } from './layout';
import type { EmailTranslator } from './translator';

/** How long a staff invitation's set-password link is valid: whoever issues it must use this. */
export const STAFF_INVITE_VALID_HOURS = 72;

export const staffInvitePayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: z.enum(['AGENT', 'ADMIN']),
  /** The set-password page with a single-use RESET_PASSWORD token. */
  url: z.url({ protocol: /^https?$/ }),
});

export function staffInvite(
  { name, role, url }: z.output<typeof staffInvitePayload>,
  t: EmailTranslator,
  locale: Locale,
) {
  return {
    subject: t('staffInvite.subject'),
    ...renderLayout(
      {
        locale,
        name,
        preheader: t('staffInvite.preheader'),
        paragraphs: [role === 'ADMIN' ? t('staffInvite.introAdmin') : t('staffInvite.introAgent')],
        action: { label: t('staffInvite.action'), url },
        notes: [
          t('staffInvite.validity', { hours: STAFF_INVITE_VALID_HOURS }),
          t('staffInvite.notYou'),
        ],
      },
      t,
    ),
  };
}
