import 'server-only';
import { env } from '@/lib/env';
import { createSmtpMailer } from './smtp-mailer';
import type { Mailer } from './types';

let instance: Mailer | undefined;

/** The mailer Loket sends e-mail through, configured from the environment; built on first use. */
export function mailer(): Mailer {
  instance ??= createSmtpMailer({ url: env.SMTP_URL, from: env.MAIL_FROM });
  return instance;
}
