import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { MailFaults } from './faults';
import type { MailStore } from './store';

// The SMTP side of the inbox: accepts any sender, any recipient and any credentials, over plain
// SMTP (no TLS: it listens on localhost), and keeps every message it accepts.

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

const smtpError = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode });

async function readMessage(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export function createSmtpServer({ store, faults }: { store: MailStore; faults: MailFaults }) {
  const server = new SMTPServer({
    name: 'mail.sandbox.loket.test',
    banner: 'Loket sandbox mail, nothing leaves this server',
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    closeTimeout: 1_000,
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'sandbox' }),
    onConnect(_session, callback) {
      if (faults.take('down')) return callback(smtpError(421, 'Service not available (fault)'));
      callback();
    },
    onData(stream, session, callback) {
      readMessage(stream)
        .then(async (raw) => {
          if (stream.sizeExceeded) return callback(smtpError(552, 'Message too large'));
          const reject = faults.take('reject');
          if (reject?.permanent) return callback(smtpError(550, 'Message rejected (fault)'));
          if (reject) return callback(smtpError(451, 'Try again later (fault)'));
          const parsed = await simpleParser(raw);
          const envelopeFrom = session.envelope.mailFrom;
          store.add({
            messageId: parsed.messageId ?? null,
            from: parsed.from?.text || (envelopeFrom ? envelopeFrom.address : ''),
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            attachments: parsed.attachments.map((attachment, index) => ({
              filename: attachment.filename ?? `attachment-${index + 1}`,
              contentType: attachment.contentType,
              content: attachment.content,
            })),
          });
          callback();
        })
        .catch((error: unknown) => {
          console.error(
            JSON.stringify({
              level: 'error',
              message: 'sandbox mail not kept',
              error: String(error),
            }),
          );
          callback(smtpError(451, 'Could not read the message'));
        });
    },
  });
  server.on('error', (error) => {
    console.error(
      JSON.stringify({ level: 'error', message: 'sandbox smtp error', error: String(error) }),
    );
  });
  return server;
}
