// The one interface Loket sends e-mail through. The SMTP adapter speaks to any mail server (the
// sandbox's inbox by default); an e-mail API provider would be one more implementation.

export type MailAttachment = {
  filename: string;
  content: Buffer | string;
  contentType?: string;
};

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: readonly MailAttachment[];
};

export type SendResult =
  | { ok: true; messageId: string }
  /**
   * `retryable: false`: the server refused this message for good (a 5xx answer to its recipient
   * or content); sending it again cannot succeed. `error` names no address but by its domain.
   */
  | { ok: false; retryable: boolean; error: string };

export interface Mailer {
  /** Never throws: every failure is an answer. */
  send(mail: OutgoingMail): Promise<SendResult>;
}
