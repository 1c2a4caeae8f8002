import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { createSmtpMailer } from '@/lib/integrations/mailer/smtp-mailer';
import type { Mailer } from '@/lib/integrations/mailer/types';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';
import { enqueueEmail } from '@/lib/server/outbox/enqueue';
import { freePort, startSandbox } from '../support/sandbox-process';

// The outbox against the real sandbox program: Loket's SMTP mailer delivers to its inbox, and
// the inbox's control API tells what arrived and makes the server refuse.

type InboxMessage = { id: string; from: string; to: string[]; subject: string; text: string };

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let mailer: Mailer;

beforeAll(async () => {
  sandbox = await startSandbox();
  mailer = createSmtpMailer({ url: sandbox.smtpUrl, from: 'Loket <no-reply@loket.id>' });
});
afterAll(() => sandbox.stop());

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
  await control('DELETE', '/control/mail/messages');
  await control('DELETE', '/control/mail/faults');
});

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(response.ok).toBe(true);
  return response.json();
}

async function inbox(to?: string): Promise<InboxMessage[]> {
  const query = to ? `?to=${encodeURIComponent(to)}` : '';
  return ((await control('GET', `/control/mail/messages${query}`)) as { messages: InboxMessage[] })
    .messages;
}

const recipient = () => `pelanggan-${randomUUID().slice(0, 8)}@uji.loket.id`;

function verifyEmailFor(to: string, dedupeKey = `verify:${randomUUID()}`) {
  return {
    dedupeKey,
    template: 'verify-email' as const,
    recipient: to,
    locale: 'id' as const,
    payload: { name: 'Siti Rahayu', url: `https://loket.id/verifikasi?token=${dedupeKey}` },
  };
}

const enqueue = (input: ReturnType<typeof verifyEmailFor>) =>
  db.$transaction((tx) => enqueueEmail(tx, input));

const rowFor = (dedupeKey: string) => db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } });

const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe('the e-mail outbox', () => {
  it('queues inside the caller transaction and delivers to the inbox', async () => {
    const to = recipient();
    const input = verifyEmailFor(to);
    // As registration would: the account and its e-mail commit together.
    const queued = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: to, name: 'Siti Rahayu', passwordHash: 'not-a-real-hash' },
      });
      return enqueueEmail(tx, { ...input, recipient: user.email });
    });
    expect(queued).toBe(true);

    expect(await deliverOutbox({ mailer })).toEqual({ sent: 1, retried: 0, dead: 0 });

    const [message, ...others] = await inbox(to);
    expect(others).toEqual([]);
    expect(message).toMatchObject({ to: [to], subject: 'Verifikasi e-mail Anda' });
    expect(message?.from).toContain('no-reply@loket.id');
    expect(message?.text).toContain(input.payload.url);
    expect(message?.text).toContain('Siti Rahayu');
    expect(await rowFor(input.dedupeKey)).toMatchObject({
      status: 'SENT',
      attempts: 1,
      lockedUntil: null,
      lastError: null,
    });
    expect((await rowFor(input.dedupeKey)).sentAt).toBeInstanceOf(Date);
    expect(await deliverOutbox({ mailer })).toEqual({ sent: 0, retried: 0, dead: 0 });
  });

  it('queues one e-mail per dedupe key, also when 20 ask at once', async () => {
    const to = recipient();
    const input = verifyEmailFor(to);
    expect(await enqueue(input)).toBe(true);
    expect(await enqueue(input)).toBe(false);

    const racedTo = recipient();
    const raced = verifyEmailFor(racedTo);
    const results = await Promise.all(Array.from({ length: 20 }, () => enqueue(raced)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.outboxMessage.count()).toBe(2);

    expect(await deliverOutbox({ mailer })).toEqual({ sent: 2, retried: 0, dead: 0 });
    expect(await inbox(to)).toHaveLength(1);
    expect(await inbox(racedTo)).toHaveLength(1);
  });

  it('queues nothing when the caller transaction rolls back', async () => {
    const input = verifyEmailFor(recipient());
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, input);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.outboxMessage.count()).toBe(0);
    expect(await deliverOutbox({ mailer })).toEqual({ sent: 0, retried: 0, dead: 0 });
  });

  it('refuses an unknown template or a bad payload, rolling the caller back', async () => {
    await expect(
      enqueue({ ...verifyEmailFor(recipient()), template: 'no-such-template' as 'verify-email' }),
    ).rejects.toThrow(/Unknown e-mail template/);
    await expect(
      enqueue({ ...verifyEmailFor(recipient()), payload: { name: '', url: 'not a url' } }),
    ).rejects.toThrow();
    await expect(enqueue(verifyEmailFor('not-an-address'))).rejects.toThrow();
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it('keeps a message while the server is down and sends it once it is back', async () => {
    const to = recipient();
    const input = verifyEmailFor(to);
    await enqueue(input);
    await control('POST', '/control/mail/faults', { fault: 'down' });
    const now = new Date();

    expect(await deliverOutbox({ mailer, now })).toEqual({ sent: 0, retried: 1, dead: 0 });
    const failed = await rowFor(input.dedupeKey);
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, lockedUntil: null });
    expect(failed.lastError).toMatch(/421/);
    expect(failed.nextAttemptAt).toEqual(later(now, 30_000));
    // Not due yet: nothing is tried.
    expect(await deliverOutbox({ mailer, now: later(now, 29_000) })).toEqual({
      sent: 0,
      retried: 0,
      dead: 0,
    });

    await control('DELETE', '/control/mail/faults');
    expect(await deliverOutbox({ mailer, now: later(now, 31_000) })).toEqual({
      sent: 1,
      retried: 0,
      dead: 0,
    });
    expect(await deliverOutbox({ mailer, now: later(now, 3_600_000) })).toEqual({
      sent: 0,
      retried: 0,
      dead: 0,
    });
    expect(await inbox(to)).toHaveLength(1);
    expect(await rowFor(input.dedupeKey)).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('retries a message the server turns away for now; gives up on one refused for good', async () => {
    const soon = verifyEmailFor(recipient());
    await enqueue(soon);
    await control('POST', '/control/mail/faults', { fault: 'reject', times: 1 });
    const now = new Date();
    expect(await deliverOutbox({ mailer, now })).toEqual({ sent: 0, retried: 1, dead: 0 });
    expect((await rowFor(soon.dedupeKey)).lastError).toMatch(/451/);
    expect(await deliverOutbox({ mailer, now: later(now, 30_000) })).toEqual({
      sent: 1,
      retried: 0,
      dead: 0,
    });

    const never = verifyEmailFor(recipient());
    await enqueue(never);
    await control('POST', '/control/mail/faults', { fault: 'reject', permanent: true });
    expect(await deliverOutbox({ mailer })).toEqual({ sent: 0, retried: 0, dead: 1 });
    expect(await rowFor(never.dedupeKey)).toMatchObject({ status: 'DEAD', attempts: 1 });
    expect((await rowFor(never.dedupeKey)).lastError).toMatch(/550/);
  });

  it('retries when no server listens at all', async () => {
    const input = verifyEmailFor(recipient());
    await enqueue(input);
    const nowhere = createSmtpMailer({
      url: `smtp://127.0.0.1:${await freePort()}`,
      from: 'Loket <no-reply@loket.id>',
    });
    expect(await deliverOutbox({ mailer: nowhere })).toEqual({ sent: 0, retried: 1, dead: 0 });
    expect(await rowFor(input.dedupeKey)).toMatchObject({ status: 'PENDING', attempts: 1 });
  });

  it('sends each message once when two workers deliver at the same time', async () => {
    const recipients = Array.from({ length: 8 }, recipient);
    for (const to of recipients) await enqueue(verifyEmailFor(to));

    const reports = await Promise.all([deliverOutbox({ mailer }), deliverOutbox({ mailer })]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(8);
    expect(reports.every((report) => report.retried === 0 && report.dead === 0)).toBe(true);

    const delivered = (await inbox()).flatMap((message) => message.to);
    expect(delivered.sort()).toEqual([...recipients].sort());
    expect(await db.outboxMessage.count({ where: { status: 'SENT' } })).toBe(8);
  });

  it(`gives up after OUTBOX_MAX_ATTEMPTS attempts and logs no address`, async () => {
    const to = recipient();
    const input = verifyEmailFor(to);
    await enqueue(input);
    await control('POST', '/control/mail/faults', { fault: 'down' });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      let now = new Date();
      const outcomes = [];
      for (let attempt = 1; attempt <= env.OUTBOX_MAX_ATTEMPTS; attempt++) {
        outcomes.push(await deliverOutbox({ mailer, now }));
        now = later(now, 2 * 3_600_000);
      }
      expect(outcomes.slice(0, -1).every((report) => report.retried === 1)).toBe(true);
      expect(outcomes.at(-1)).toEqual({ sent: 0, retried: 0, dead: 1 });
      expect(await rowFor(input.dedupeKey)).toMatchObject({
        status: 'DEAD',
        attempts: env.OUTBOX_MAX_ATTEMPTS,
      });

      await control('DELETE', '/control/mail/faults');
      expect(await deliverOutbox({ mailer, now })).toEqual({ sent: 0, retried: 0, dead: 0 });
      expect(await inbox(to)).toEqual([]);

      const lines = errors.mock.calls.map((call) => String(call[0]));
      const dead = lines.find((line) => line.includes('outbox message dead'));
      expect(dead).toContain('uji.loket.id');
      expect(lines.join('\n')).not.toContain(to);
    } finally {
      errors.mockRestore();
    }
  });
});
