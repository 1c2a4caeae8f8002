import type { z } from 'zod';
import type { Locale } from '@/lib/domain/locale';
import type { MailAttachment } from '@/lib/integrations/mailer/types';
import { billReminder, billReminderPayload } from './bill-reminder';
import { identityApproved, identityApprovedPayload } from './identity-approved';
import { identityRejected, identityRejectedPayload } from './identity-rejected';
import { passwordChanged, passwordChangedPayload } from './password-changed';
import { passwordReset, passwordResetPayload } from './password-reset';
import { paymentFailed, paymentFailedPayload } from './payment-failed';
import { paymentRefunded, paymentRefundedPayload } from './payment-refunded';
import { paymentHeld, paymentNotApproved, paymentReviewPayload } from './payment-review';
import { receiptEmail, receiptEmailPayload } from './receipt';
import { staffInvite, staffInvitePayload } from './staff-invite';
import { emailTranslator, type EmailTranslator } from './translator';
import { verifyEmail, verifyEmailPayload } from './verify-email';

// The e-mail templates by name: what the outbox stores, and what the worker renders from.
// A template is a payload schema and a function from payload to subject, HTML and text.

export type RenderedEmail = {
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
};

type Template<Schema extends z.ZodType> = {
  payload: Schema;
  render(
    payload: z.output<Schema>,
    t: EmailTranslator,
    locale: Locale,
  ): RenderedEmail | Promise<RenderedEmail>;
};

/** Keeps the payload schema's type, and makes every template's render read an unknown payload. */
const template = <Schema extends z.ZodType>({ payload, render }: Template<Schema>) => ({
  payload,
  render: async (input: unknown, t: EmailTranslator, locale: Locale) =>
    render(payload.parse(input), t, locale),
});

const TEMPLATES = {
  'verify-email': template({ payload: verifyEmailPayload, render: verifyEmail }),
  'password-reset': template({ payload: passwordResetPayload, render: passwordReset }),
  receipt: template({ payload: receiptEmailPayload, render: receiptEmail }),
  'password-changed': template({ payload: passwordChangedPayload, render: passwordChanged }),
  'identity-approved': template({ payload: identityApprovedPayload, render: identityApproved }),
  'identity-rejected': template({ payload: identityRejectedPayload, render: identityRejected }),
  'payment-failed': template({ payload: paymentFailedPayload, render: paymentFailed }),
  'payment-held': template({ payload: paymentReviewPayload, render: paymentHeld }),
  'payment-not-approved': template({
    payload: paymentReviewPayload,
    render: paymentNotApproved,
  }),
  'payment-refunded': template({ payload: paymentRefundedPayload, render: paymentRefunded }),
  'bill-reminder': template({ payload: billReminderPayload, render: billReminder }),
  'staff-invite': template({ payload: staffInvitePayload, render: staffInvite }),
};

export type EmailTemplateName = keyof typeof TEMPLATES;
export type EmailPayload<Name extends EmailTemplateName> = z.input<
  (typeof TEMPLATES)[Name]['payload']
>;

function templateNamed(name: string) {
  if (!Object.hasOwn(TEMPLATES, name)) throw new Error(`Unknown e-mail template: ${name}`);
  return TEMPLATES[name as EmailTemplateName];
}

/** The payload as the template will read it; throws on an unknown template or a bad payload. */
export function parseEmailPayload(name: string, payload: unknown): unknown {
  return templateNamed(name).payload.parse(payload);
}

/** Subject, HTML and text of an e-mail; rejects on an unknown template or a bad payload. */
export async function renderEmail(
  name: string,
  locale: Locale,
  payload: unknown,
): Promise<RenderedEmail> {
  return templateNamed(name).render(payload, emailTranslator(locale), locale);
}
