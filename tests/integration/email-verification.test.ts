import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { registerSchema } from '@/lib/domain/account';
import { createSmtpMailer } from '@/lib/integrations/mailer/smtp-mailer';
import { resendEmailVerification, verifyEmail } from '@/lib/server/accounts/email-verification';
import { registerCustomer } from '@/lib/server/accounts/register-customer';
import type { Actor } from '@/lib/server/actor';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';
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

const linkToken = (text: string) => /verify-email\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';

async function register(email: string) {
  const user = await registerCustomer({
    registration: registerSchema.parse({
      name: 'Rina Kusuma',
      email,
      password: 'kopi tubruk panas',
    }),
    ipAddress: '203.0.113.9',
  });
  await deliverOutbox({ mailer });
  const [message] = await inbox(email);
  return { user, message, token: linkToken(message?.text ?? '') };
}

describe('e-mail verification', () => {
  it('registration sends a real e-mail whose single-use link verifies the address', async () => {
    const { user, message, token } = await register('rina.verif@contoh.id');
    expect(message?.subject).toMatch(/e-mail/i);
    expect(token.length).toBeGreaterThan(30);
    const stored = await db.accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);

    await verifyEmail({ token });
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt,
    ).not.toBeNull();
    await expect(verifyEmail({ token })).rejects.toMatchObject({
      messageKey: 'verificationLinkInvalid',
    });
  });

  it('refuses an expired or unknown link', async () => {
    const { token } = await register('rina.expired@contoh.id');
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    await expect(verifyEmail({ token, now: tomorrow })).rejects.toMatchObject({
      messageKey: 'verificationLinkInvalid',
    });
    await expect(verifyEmail({ token: 'x'.repeat(43) })).rejects.toMatchObject({
      messageKey: 'verificationLinkInvalid',
    });
  });

  it('resends a new link, limited per hour, and not once verified', async () => {
    const { user, token } = await register('rina.resend@contoh.id');
    const actor: Actor = {
      id: user.id,
      role: 'CUSTOMER',
      email: user.email,
      name: 'Rina Kusuma',
      locale: 'id',
    };
    for (let i = 0; i < 3; i++) await resendEmailVerification({ actor });
    await expect(resendEmailVerification({ actor })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    await deliverOutbox({ mailer });
    expect(await inbox(user.email)).toHaveLength(4);
    await verifyEmail({ token });
    await expect(resendEmailVerification({ actor })).rejects.toMatchObject({
      messageKey: 'emailAlreadyVerified',
    });
  });
});
