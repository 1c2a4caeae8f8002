import { randomBytes } from 'node:crypto';

// What the inbox keeps of each message it received: the parsed parts, newest first, in memory.

export type StoredAttachment = { filename: string; contentType: string; content: Buffer };

export type StoredMail = {
  id: string;
  receivedAt: string;
  messageId: string | null;
  /** The From header as written (display name and address), or the envelope sender. */
  from: string;
  /** The envelope recipients (RCPT TO): where the message was actually delivered. */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  attachments: StoredAttachment[];
};

export const KEPT_MESSAGES = 500;

/** The JSON the control API answers with: everything but attachment contents. */
export function mailView(mail: StoredMail) {
  return {
    id: mail.id,
    messageId: mail.messageId,
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments.map(({ filename, contentType, content }) => ({
      filename,
      contentType,
      size: content.length,
    })),
    date: mail.receivedAt,
  };
}

export function createMailStore(limit = KEPT_MESSAGES) {
  // Newest first.
  let messages: StoredMail[] = [];
  return {
    add(mail: Omit<StoredMail, 'id' | 'receivedAt'>): StoredMail {
      const stored: StoredMail = {
        id: randomBytes(6).toString('hex'),
        receivedAt: new Date().toISOString(),
        ...mail,
      };
      messages = [stored, ...messages].slice(0, limit);
      return stored;
    },
    /** Newest first; `to` keeps the messages delivered to that address (any letter case). */
    list(to?: string | null): readonly StoredMail[] {
      if (!to) return messages;
      const wanted = to.trim().toLowerCase();
      return messages.filter((mail) => mail.to.some((address) => address.toLowerCase() === wanted));
    },
    find: (id: string): StoredMail | undefined => messages.find((mail) => mail.id === id),
    clear(): number {
      const cleared = messages.length;
      messages = [];
      return cleared;
    },
  };
}

export type MailStore = ReturnType<typeof createMailStore>;
