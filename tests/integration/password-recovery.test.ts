import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { resetPasswordSchema } from '@/lib/domain/account';
import { createSmtpMailer } from '@/lib/integrations/mailer/smtp-mailer';
import { authenticate } from '@/lib/server/accounts/authenticate';
import { loadActor } from '@/lib/server/accounts/load-actor';
import {
  RESET_LIMIT_PER_EMAIL,
  RESET_LIMIT_PER_IP,
  requestPasswordReset,
} from '@/lib/server/accounts/request-password-reset';
import { isPasswordResetLinkUsable, resetPassword } from '@/lib/server/accounts/reset-password';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';
import { parseInput } from '@/lib/server/validation';
import { createUser, TEST_PASSWORD } from '../support/factories';
import { startSandbox } from '../support/sandbox-process';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let mailer: ReturnType<typeof createSmtpMailer>;

beforeAll(async () => {
  sandbox = await startSandbox();
  mailer = createSmtpMailer({ url: sandbox.smtpUrl, from: 'Loket <no-reply@loket.id>' });
});
afterAll(() => sandbox.stop());

type InboxMessage = { subject: string; text: string; to: string[] };

async function inbox(to: string): Promise<InboxMessage[]> {
  const response = await fetch(`${sandbox.url}/control/mail/messages?to=${encodeURIComponent(to)}`);
  return ((await response.json()) as { messages: InboxMessage[] }).messages;
}

const NEW_PASSWORD = 'layang layang di pantai';
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

/** Asks for a reset link and reads it out of the real e-mail the sandbox received. */
async function requestLink(email: string, now?: Date): Promise<string> {
  await requestPasswordReset({ email, ipAddress: freshIp(), now });
  await deliverOutbox({ mailer, now });
  const messages = await inbox(email);
  // The inbox lists the newest message first.
  const text = messages[0]?.text ?? '';
  return /reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';
}

const logIn = (email: string, password: string) =>
  authenticate({ credentials: { email, password }, ipAddress: freshIp() });

describe('password recovery', () => {
  it('answers an unknown address the same way and queues nothing', async () => {
    const email = 'tidak-terdaftar@contoh.id';
    const tokensBefore = await db.accountToken.count();
    const outboxBefore = await db.outboxMessage.count();
    await expect(requestPasswordReset({ email, ipAddress: freshIp() })).resolves.toBeUndefined();
    expect(await db.accountToken.count()).toBe(tokensBefore);
    expect(await db.outboxMessage.count()).toBe(outboxBefore);
  });

  it('e-mails a single-use link that sets the password, ends sessions and verifies the address', async () => {
    const { user } = await createUser({ email: 'rina.reset@contoh.id' });
    const token = await requestLink(user.email);
    expect(token.length).toBeGreaterThan(30);
    const stored = await db.accountToken.findFirstOrThrow({
      where: { userId: user.id, purpose: 'RESET_PASSWORD' },
    });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeLessThanOrEqual(
      60 * 60 * 1000 + 1000,
    );

    await resetPassword({ token, password: NEW_PASSWORD, ipAddress: '198.51.100.200' });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.emailVerifiedAt).not.toBeNull();
    expect(await loadActor({ userId: user.id, sessionVersion: user.sessionVersion })).toBeNull();
    expect(await logIn(user.email, TEST_PASSWORD)).toEqual({ ok: false, reason: 'INVALID' });
    expect(await logIn(user.email, NEW_PASSWORD)).toMatchObject({ ok: true });

    await expect(resetPassword({ token, password: 'pasangan sepatu baru' })).rejects.toMatchObject({
      messageKey: 'resetLinkInvalid',
    });
    expect(await isPasswordResetLinkUsable({ token })).toBe(false);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { targetId: user.id, action: 'user.password.reset' },
    });
    expect(audit.changes).not.toContain(NEW_PASSWORD);

    await deliverOutbox({ mailer });
    const subjects = (await inbox(user.email)).map((message) => message.subject);
    expect(subjects).toEqual([
      'Kata sandi Loket Anda telah diubah',
      'Atur ulang kata sandi Loket Anda',
    ]);
  });

  it('refuses a link after it expires, and an unknown link', async () => {
    const { user } = await createUser({ email: 'rina.expired.reset@contoh.id' });
    const token = await requestLink(user.email);
    const later = new Date(Date.now() + 61 * 60 * 1000);
    expect(await isPasswordResetLinkUsable({ token, now: later })).toBe(false);
    await expect(
      resetPassword({ token, password: NEW_PASSWORD, now: later }),
    ).rejects.toMatchObject({ messageKey: 'resetLinkInvalid' });
    await expect(
      resetPassword({ token: 'x'.repeat(43), password: NEW_PASSWORD }),
    ).rejects.toMatchObject({
      messageKey: 'resetLinkInvalid',
    });
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(unchanged.sessionVersion).toBe(user.sessionVersion);
  });

  it('keeps only the newest link working', async () => {
    const { user } = await createUser({ email: 'rina.twice@contoh.id' });
    const first = await requestLink(user.email);
    const second = await requestLink(user.email);
    expect(first).not.toBe(second);
    expect(await isPasswordResetLinkUsable({ token: first })).toBe(false);
    expect(await isPasswordResetLinkUsable({ token: second })).toBe(true);
  });

  it('refuses a common password and spends nothing', async () => {
    const { user } = await createUser({ email: 'rina.common@contoh.id' });
    const token = await requestLink(user.email);
    expect(() =>
      parseInput(resetPasswordSchema, {
        token,
        password: 'Jakarta123',
        confirmPassword: 'Jakarta123',
      }),
    ).toThrow(
      expect.objectContaining({ options: { fieldErrors: { password: ['passwordTooCommon'] } } }),
    );
    await expect(resetPassword({ token, password: 'Jakarta123' })).rejects.toMatchObject({
      options: { fieldErrors: { password: ['passwordTooCommon'] } },
    });
    expect(await isPasswordResetLinkUsable({ token })).toBe(true);
    expect(await logIn(user.email, TEST_PASSWORD)).toMatchObject({ ok: true });
  });

  it('keeps a locked account locked', async () => {
    const { user } = await createUser({ email: 'rina.locked@contoh.id' });
    await db.user.update({ where: { id: user.id }, data: { lockedAt: new Date() } });
    const token = await requestLink(user.email);
    await resetPassword({ token, password: NEW_PASSWORD });
    expect(await logIn(user.email, NEW_PASSWORD)).toEqual({ ok: false, reason: 'LOCKED' });
  });

  it('limits requests per address and per network, known address or not', async () => {
    const { user } = await createUser({ email: 'rina.limit@contoh.id' });
    for (const email of [user.email, 'rina.limit.unknown@contoh.id']) {
      for (let i = 0; i < RESET_LIMIT_PER_EMAIL.limit; i++) {
        await requestPasswordReset({ email, ipAddress: freshIp() });
      }
      await expect(requestPasswordReset({ email, ipAddress: freshIp() })).rejects.toMatchObject({
        code: 'RATE_LIMITED',
        messageKey: 'tooManyPasswordResets',
      });
    }
    expect(await db.outboxMessage.count({ where: { recipient: user.email } })).toBe(
      RESET_LIMIT_PER_EMAIL.limit,
    );

    const ipAddress = freshIp();
    for (let i = 0; i < RESET_LIMIT_PER_IP.limit; i++) {
      await requestPasswordReset({ email: `orang-${i}@contoh.id`, ipAddress });
    }
    await expect(
      requestPasswordReset({ email: 'satu-lagi@contoh.id', ipAddress }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});
