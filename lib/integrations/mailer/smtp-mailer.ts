import nodemailer from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { Mailer, SendResult } from './types';

export type SmtpMailerOptions = {
  /** smtp:// or smtps://, credentials and nodemailer options in the URL. */
  url: string;
  from: string;
  connectionTimeoutMs?: number;
  greetingTimeoutMs?: number;
  socketTimeoutMs?: number;
};

// Short waits: a mail server that does not answer fails this attempt quickly, and the outbox
// tries again later, instead of holding the worker's round for minutes (nodemailer's defaults).
const DEFAULT_TIMEOUTS = { connection: 5_000, greeting: 5_000, socket: 20_000 };

/** Replaces the local part of every address in a server's answer: `<…@example.com>`. */
export function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>()[\]"',;:@]+@([A-Za-z0-9.-]+)/g, '…@$1');
}

type NodemailerError = { code?: unknown; responseCode?: unknown; message?: unknown };

function failure(error: unknown): SendResult {
  const { code, responseCode, message } = (error ?? {}) as NodemailerError;
  const refusedForGood =
    (code === 'EENVELOPE' || code === 'EMESSAGE') &&
    (responseCode === undefined || (typeof responseCode === 'number' && responseCode >= 500));
  const parts = [code, responseCode, message].filter((part) => part !== undefined);
  return {
    ok: false,
    retryable: !refusedForGood,
    error: withoutAddresses(parts.map(String).join(' ') || String(error)).slice(0, 500),
  };
}

export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const transport = nodemailer.createTransport(
    new SMTPTransport({
      url: options.url,
      connectionTimeout: options.connectionTimeoutMs ?? DEFAULT_TIMEOUTS.connection,
      greetingTimeout: options.greetingTimeoutMs ?? DEFAULT_TIMEOUTS.greeting,
      socketTimeout: options.socketTimeoutMs ?? DEFAULT_TIMEOUTS.socket,
    }),
    { from: options.from },
  );
  return {
    async send({ to, subject, text, html, attachments }) {
      try {
        const info = await transport.sendMail({
          to,
          subject,
          text,
          html,
          attachments: attachments?.map(({ filename, content, contentType }) => ({
            filename,
            content,
            contentType,
          })),
        });
        return { ok: true, messageId: info.messageId };
      } catch (error) {
        return failure(error);
      }
    },
  };
}
