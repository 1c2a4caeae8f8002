import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { DbTransaction } from '@/lib/db';
import type { Locale } from '@/lib/domain/locale';
import { parseEmailPayload, type EmailPayload, type EmailTemplateName } from './templates';

export type EnqueueEmailInput<Name extends EmailTemplateName> = {
  /** One event, one e-mail: the same key queued again (a retry, a replay) queues nothing. */
  dedupeKey: string;
  template: Name;
  recipient: string;
  locale: Locale;
  payload: EmailPayload<Name>;
};

const recipientSchema = z.email();

/**
 * Queues an e-mail inside the caller's DB transaction, so it is sent if and only if the change
 * that causes it commits. The worker delivers it (deliverOutbox). Returns whether this call
 * queued it (false: the key was queued before). A bad recipient, an unknown template or a
 * payload the template cannot read throws, rolling the caller's transaction back: those are
 * programming mistakes, better found here than by the worker.
 */
export async function enqueueEmail<Name extends EmailTemplateName>(
  tx: DbTransaction,
  input: EnqueueEmailInput<Name>,
): Promise<boolean> {
  const recipient = recipientSchema.parse(input.recipient);
  const payload = JSON.stringify(parseEmailPayload(input.template, input.payload));
  const now = new Date();
  // The unique key decides, without a prior read: a concurrent duplicate waits for the first,
  // then inserts nothing, and raises no error that would abort the caller's transaction on
  // PostgreSQL (as post-ledger-transaction.ts does for its key).
  const inserted = await tx.$executeRaw`
    INSERT INTO "OutboxMessage"
      ("id", "dedupeKey", "channel", "template", "recipient", "locale", "payload", "status",
       "attempts", "nextAttemptAt", "createdAt")
    VALUES (${randomUUID()}, ${input.dedupeKey}, 'EMAIL', ${input.template}, ${recipient},
      ${input.locale}, ${payload}, 'PENDING', 0, ${now}, ${now})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
  return inserted > 0;
}
