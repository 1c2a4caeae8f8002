import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { changeRoleSchema, createOutletSchema, createStaffSchema } from '@/lib/domain/people';
import { createSmtpMailer } from '@/lib/integrations/mailer/smtp-mailer';
import { authenticate } from '@/lib/server/accounts/authenticate';
import { resetPassword } from '@/lib/server/accounts/reset-password';
import { setUserLocked } from '@/lib/server/accounts/set-user-locked';
import { changeRole } from '@/lib/server/admin/people/change-role';
import { createOutlet } from '@/lib/server/admin/people/create-outlet';
import { createStaffAccount } from '@/lib/server/admin/people/create-staff-account';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';
import { createUser } from '../support/factories';
import { startSandbox } from '../support/sandbox-process';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let mailer: ReturnType<typeof createSmtpMailer>;

beforeAll(async () => {
  sandbox = await startSandbox();
  mailer = createSmtpMailer({ url: sandbox.smtpUrl, from: 'Loket <no-reply@loket.id>' });
});
afterAll(() => sandbox.stop());

const unique = (label: string) =>
  `${label}-${Math.random().toString(36).slice(2, 10)}@uji.loket.id`;

async function inbox(to: string): Promise<{ subject: string; text: string }[]> {
  const response = await fetch(`${sandbox.url}/control/mail/messages?to=${encodeURIComponent(to)}`);
  return ((await response.json()) as { messages: { subject: string; text: string }[] }).messages;
}

const auditCount = (action: string, targetId: string) =>
  db.auditEntry.count({ where: { action, targetId } });

const staff = (email: string, role: 'AGENT' | 'ADMIN' = 'AGENT') =>
  createStaffSchema.parse({ name: 'Bima Agen', email, role });

describe('admin: people', () => {
  it('creating an agent e-mails one invitation whose link sets the password', async () => {
    const { actor } = await createUser({ role: 'ADMIN' });
    const email = unique('agen-baru');
    const created = await createStaffAccount({ actor, staff: staff(email) });
    expect(created.role).toBe('AGENT');
    const queued = await db.outboxMessage.findMany({ where: { recipient: email } });
    expect(queued.map((m) => m.template)).toEqual(['staff-invite']);
    expect(await auditCount('user.staff.create', created.id)).toBe(1);
    expect(await db.identitySubmission.count({ where: { userId: created.id } })).toBe(0);

    await deliverOutbox({ mailer });
    const messages = await inbox(email);
    expect(messages).toHaveLength(1);
    const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(messages[0]!.text)?.[1] ?? '';
    expect(token.length).toBeGreaterThan(30);

    const logIn = (password: string) =>
      authenticate({ credentials: { email, password }, ipAddress: '203.0.113.5' });
    expect(await logIn('bukan sandi siapa pun')).toMatchObject({ ok: false, reason: 'INVALID' });
    await resetPassword({ token, password: 'sate padang pedas' });
    expect(await logIn('sate padang pedas')).toMatchObject({
      ok: true,
      user: { id: created.id, role: 'AGENT' },
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.emailVerifiedAt).not.toBeNull();
  });

  it('refuses a taken e-mail with a field error and writes nothing', async () => {
    const { actor } = await createUser({ role: 'ADMIN' });
    const { user: existing } = await createUser();
    const [users, outbox, audit] = await Promise.all([
      db.user.count(),
      db.outboxMessage.count(),
      db.auditEntry.count(),
    ]);
    await expect(
      createStaffAccount({ actor, staff: staff(existing.email.toUpperCase(), 'ADMIN') }),
    ).rejects.toMatchObject({ options: { fieldErrors: { email: ['emailTaken'] } } });
    expect([
      await db.user.count(),
      await db.outboxMessage.count(),
      await db.auditEntry.count(),
    ]).toEqual([users, outbox, audit]);
  });

  it('creates an outlet with its owner membership; an owner cannot own a second', async () => {
    const { actor } = await createUser({ role: 'ADMIN' });
    const { user: agent } = await createUser({ role: 'AGENT' });
    const outlet = await createOutlet({
      actor,
      outlet: createOutletSchema.parse({
        name: 'Loket Sejahtera',
        address: 'Jl. Merdeka 10, Bandung',
        ownerId: agent.id,
      }),
    });
    const member = await db.outletMember.findUniqueOrThrow({ where: { userId: agent.id } });
    expect(member).toMatchObject({ outletId: outlet.id, role: 'OWNER' });
    expect(outlet.ownerId).toBe(agent.id);
    expect(await auditCount('outlet.create', outlet.id)).toBe(1);

    await expect(
      createOutlet({
        actor,
        outlet: { name: 'Loket Kedua', address: 'Jl. Asia Afrika 2', ownerId: agent.id },
      }),
    ).rejects.toMatchObject({ messageKey: 'ownerHasOutlet' });
    const { user: customer } = await createUser();
    await expect(
      createOutlet({
        actor,
        outlet: { name: 'Loket Ketiga', address: 'Jl. Braga 3', ownerId: customer.id },
      }),
    ).rejects.toMatchObject({ messageKey: 'ownerNotAgent' });
    expect(await db.outlet.count({ where: { ownerId: agent.id } })).toBe(1);

    // A member stays an agent while a member.
    await expect(
      changeRole({ actor, userId: agent.id, from: 'AGENT', to: 'CUSTOMER' }),
    ).rejects.toMatchObject({ messageKey: 'memberMustStayAgent' });
  });

  it('a role change ends sessions, is audited with before and after, and refuses stale', async () => {
    const { actor } = await createUser({ role: 'ADMIN' });
    const { user } = await createUser();
    const change = changeRoleSchema.parse({ userId: user.id, from: 'CUSTOMER', to: 'AGENT' });
    await changeRole({ actor, ...change });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.role).toBe('AGENT');
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const entries = await db.auditEntry.findMany({
      where: { action: 'user.role.change', targetId: user.id },
    });
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.changes)).toMatchObject({
      before: { role: 'CUSTOMER' },
      after: { role: 'AGENT' },
    });

    // A second admin still looking at "customer" is told, not obeyed.
    await expect(changeRole({ actor, ...change, to: 'ADMIN' })).rejects.toMatchObject({
      messageKey: 'roleChangeStale',
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe('AGENT');
    expect(await auditCount('user.role.change', user.id)).toBe(1);
  });

  it('an admin cannot demote or lock themselves', async () => {
    const { actor } = await createUser({ role: 'ADMIN' });
    await expect(
      changeRole({ actor, userId: actor.id, from: 'ADMIN', to: 'CUSTOMER' }),
    ).rejects.toMatchObject({ messageKey: 'cannotChangeOwnRole' });
    await expect(setUserLocked({ actor, userId: actor.id, locked: true })).rejects.toMatchObject({
      messageKey: 'cannotLockSelf',
    });
    const self = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(self).toMatchObject({ role: 'ADMIN', lockedAt: null });
  });

  it('refuses non-admins and anonymous callers', async () => {
    const { user: target } = await createUser({ role: 'AGENT' });
    for (const role of ['CUSTOMER', 'AGENT'] as const) {
      const { actor } = await createUser({ role });
      await expect(
        createStaffAccount({ actor, staff: staff(unique('tolak')) }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        createOutlet({
          actor,
          outlet: { name: 'Loket X', address: 'Jl. X 1', ownerId: target.id },
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        changeRole({ actor, userId: target.id, from: 'AGENT', to: 'ADMIN' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(
      changeRole({ actor: null, userId: target.id, from: 'AGENT', to: 'ADMIN' }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('AGENT');
    expect(await db.outletMember.count({ where: { userId: target.id } })).toBe(0);
  });
});
