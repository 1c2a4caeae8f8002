import 'server-only';
import { db } from '@/lib/db';
import { toLocale } from '@/lib/domain/locale';
import { env } from '@/lib/env';
import { mailer as configuredMailer } from '@/lib/integrations/mailer';
import { withoutAddresses } from '@/lib/integrations/mailer/smtp-mailer';
import type { Mailer, SendResult } from '@/lib/integrations/mailer/types';
import { log } from '@/lib/log';
import { retryDelayMs } from './backoff';
import { renderEmail, type RenderedEmail } from './templates';

const BATCH = 20;
// Longer than one send may take (the mailer gives up within about 30 s). While a worker holds
// a message no other takes it; if that worker dies mid-send, another retries once this passes.
const CLAIM_MS = 2 * 60_000;

export type OutboxReport = { sent: number; retried: number; dead: number };
type Outcome = keyof OutboxReport;
type Claimed = NonNullable<Awaited<ReturnType<typeof claimNext>>>;

const due = (now: Date) => ({
  status: 'PENDING',
  nextAttemptAt: { lte: now },
  OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
});

/** The next due message, claimed by a conditional update: two workers never hold the same one. */
async function claimNext(now: Date) {
  for (;;) {
    const next = await db.outboxMessage.findFirst({
      where: due(now),
      orderBy: { nextAttemptAt: 'asc' },
      select: { id: true },
    });
    if (!next) return null;
    const [claimed] = await db.outboxMessage.updateManyAndReturn({
      where: { id: next.id, ...due(now) },
      data: { lockedUntil: new Date(now.getTime() + CLAIM_MS) },
    });
    if (claimed) return claimed;
    // Another worker claimed it between the two statements: look again.
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function attempt(message: Claimed, mailer: Mailer): Promise<SendResult> {
  let email: RenderedEmail;
  try {
    email = await renderEmail(
      message.template,
      toLocale(message.locale),
      JSON.parse(message.payload),
    );
  } catch (error) {
    // A template this worker does not know yet (an older version still running) may be known
    // by the next one, so it is retried like a failed send.
    return { ok: false, retryable: true, error: `render: ${messageOf(error)}`.slice(0, 500) };
  }
  try {
    return await mailer.send({ to: message.recipient, ...email });
  } catch (error) {
    return { ok: false, retryable: true, error: withoutAddresses(messageOf(error)).slice(0, 500) };
  }
}

async function record(message: Claimed, result: SendResult, now: Date): Promise<Outcome> {
  const attempts = message.attempts + 1;
  const context = {
    outboxId: message.id,
    template: message.template,
    recipientDomain: message.recipient.split('@').pop(),
    attempts,
  };
  const stillPending = { id: message.id, status: 'PENDING' };
  const release = { attempts: { increment: 1 }, lockedUntil: null };
  if (result.ok) {
    await db.outboxMessage.updateMany({
      where: stillPending,
      data: { ...release, status: 'SENT', sentAt: now, lastError: null },
    });
    log('info', 'outbox message sent', { ...context, messageId: result.messageId });
    return 'sent';
  }
  if (!result.retryable || attempts >= env.OUTBOX_MAX_ATTEMPTS) {
    await db.outboxMessage.updateMany({
      where: stillPending,
      data: { ...release, status: 'DEAD', lastError: result.error },
    });
    log('error', 'outbox message dead', { ...context, error: result.error });
    return 'dead';
  }
  const nextAttemptAt = new Date(now.getTime() + retryDelayMs(attempts));
  await db.outboxMessage.updateMany({
    where: stillPending,
    data: { ...release, nextAttemptAt, lastError: result.error },
  });
  log('warn', 'outbox message retried', {
    ...context,
    nextAttemptAt: nextAttemptAt.toISOString(),
    error: result.error,
  });
  return 'retried';
}

/**
 * Sends due e-mails from the outbox, one claimed message at a time, each outside any DB
 * transaction. A sent message is marked SENT; a failed one is tried again later with backoff,
 * and after OUTBOX_MAX_ATTEMPTS attempts (or a refusal for good) marked DEAD. After a failure
 * that may pass, the round stops: the server is likely down, and the next round tries again
 * rather than waiting out its timeouts for every message now. Delivery is at least once: a
 * worker that dies between sending and recording may have its message sent again.
 */
export async function deliverOutbox(
  input: { now?: Date; mailer?: Mailer; limit?: number } = {},
): Promise<OutboxReport> {
  const now = input.now ?? new Date();
  const mailer = input.mailer ?? configuredMailer();
  const report: OutboxReport = { sent: 0, retried: 0, dead: 0 };
  for (let handled = 0; handled < (input.limit ?? BATCH); handled++) {
    const message = await claimNext(now);
    if (!message) break;
    const outcome = await record(message, await attempt(message, mailer), now);
    report[outcome] += 1;
    if (outcome === 'retried') break;
  }
  return report;
}
