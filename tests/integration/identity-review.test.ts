import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { maskNik } from '@/lib/domain/identity/nik';
import { createSmtpMailer } from '@/lib/integrations/mailer/smtp-mailer';
import type { Actor } from '@/lib/server/actor';
import { approveIdentity } from '@/lib/server/identity/approve-identity';
import { getIdentitySubmission } from '@/lib/server/identity/get-identity-submission';
import {
  countPendingIdentitySubmissions,
  listIdentitySubmissions,
} from '@/lib/server/identity/list-identity-submissions';
import { rejectIdentity } from '@/lib/server/identity/reject-identity';
import { keyedHash, sealText } from '@/lib/server/identity/sealed';
import { deliverOutbox } from '@/lib/server/outbox/deliver-outbox';
import { createUser } from '../support/factories';
import { startSandbox } from '../support/sandbox-process';

const REASON = 'Foto KTP buram, tulisan NIK tidak terbaca. Foto ulang di tempat terang.';

/** A unique, valid NIK for a man born 17 Aug 1990 in Bandung (3273..). */
let serial = randomInt(1000, 5000);
const freshNik = () => `327301170890${serial++}`;

/** A customer whose submission waits for review, stored as the submission side stores it. */
async function pendingSubmission(
  options: { nik?: string; name?: string; email?: string; createdAt?: Date } = {},
) {
  const nik = options.nik ?? freshNik();
  const { user, actor } = await createUser({
    name: options.name ?? 'Rina Kusuma',
    email: options.email,
  });
  await db.user.update({ where: { id: user.id }, data: { identityStatus: 'PENDING' } });
  const submission = await db.identitySubmission.create({
    data: {
      userId: user.id,
      nikCiphertext: sealText(nik),
      nikHash: keyedHash(nik),
      nikMasked: maskNik(nik),
      fullName: options.name ?? 'Rina Kusuma',
      birthPlace: 'Bandung',
      birthDate: '1990-08-17',
      sex: 'MALE',
      address: 'Jl. Merdeka No. 1, Bandung',
      ktpImageKey: 'identity/test/ktp',
      selfieImageKey: 'identity/test/selfie',
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
  });
  return { user, actor, submission, nik };
}

/** The same customer sends the same details again (after a rejection). */
async function resubmit(earlier: Awaited<ReturnType<typeof pendingSubmission>>['submission']) {
  await db.user.update({ where: { id: earlier.userId }, data: { identityStatus: 'PENDING' } });
  const fields = [
    'userId',
    'nikCiphertext',
    'nikHash',
    'nikMasked',
    'fullName',
    'birthPlace',
    'birthDate',
    'sex',
    'address',
    'ktpImageKey',
    'selfieImageKey',
  ] as const;
  return db.identitySubmission.create({
    data: Object.fromEntries(fields.map((field) => [field, earlier[field]])) as Pick<
      typeof earlier,
      (typeof fields)[number]
    >,
  });
}

/** What a decision left behind for one submission and its customer. */
async function traces(submissionId: string, userId: string) {
  const [audit, notifications, outbox] = await Promise.all([
    db.auditEntry.findMany({
      where: { targetId: submissionId, action: { not: 'identity.submission.viewed' } },
    }),
    db.notification.findMany({ where: { userId } }),
    db.outboxMessage.findMany({ where: { dedupeKey: `identity-decision:${submissionId}` } }),
  ]);
  return { audit, notifications, outbox };
}

let admin: Actor;
let secondAdmin: Actor;

beforeAll(async () => {
  admin = (await createUser({ role: 'ADMIN', name: 'Admin Satu' })).actor;
  secondAdmin = (await createUser({ role: 'ADMIN', name: 'Admin Dua' })).actor;
});

describe('approving an identity', () => {
  it('verifies the account, holds the NIK hash, and leaves one audit entry, notice and e-mail', async () => {
    const { user, submission, nik } = await pendingSubmission();
    const now = new Date('2026-11-24T03:00:00Z');

    await expect(
      approveIdentity({
        actor: admin,
        submissionId: submission.id,
        ipAddress: '198.51.100.7',
        now,
      }),
    ).resolves.toEqual({ id: submission.id, status: 'APPROVED' });

    const account = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(account).toMatchObject({
      identityStatus: 'APPROVED',
      identityVerifiedAt: now,
      nikHash: keyedHash(nik),
    });
    expect(
      await db.identitySubmission.findUniqueOrThrow({ where: { id: submission.id } }),
    ).toMatchObject({
      status: 'APPROVED',
      reviewedById: admin.id,
      reviewedAt: now,
      rejectionReason: null,
    });
    const { audit, notifications, outbox } = await traces(submission.id, user.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      action: 'identity.approve',
      ipAddress: '198.51.100.7',
    });
    expect(JSON.parse(audit[0]!.changes)).toMatchObject({
      before: { status: 'PENDING', userIdentityStatus: 'PENDING' },
      after: { status: 'APPROVED' },
    });
    expect(audit[0]!.changes).not.toContain(nik);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      kind: 'IDENTITY_APPROVED',
      href: '/home',
      readAt: null,
    });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ template: 'identity-approved', recipient: user.email });
    expect(JSON.parse(outbox[0]!.payload)).toMatchObject({ url: expect.stringMatching(/\/home$/) });

    // Deciding again finds nothing pending.
    await expect(
      approveIdentity({ actor: admin, submissionId: submission.id }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'identityAlreadyDecided',
    });
  });

  it('refuses a NIK already verified on another account, and changes nothing', async () => {
    const nik = freshNik();
    const { user: holder } = await createUser({ identityVerifiedAt: new Date() });
    await db.user.update({ where: { id: holder.id }, data: { nikHash: keyedHash(nik) } });
    const { user, submission } = await pendingSubmission({ nik });

    await expect(
      approveIdentity({ actor: admin, submissionId: submission.id }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'nikVerifiedElsewhere',
    });

    expect(
      await db.identitySubmission.findUniqueOrThrow({ where: { id: submission.id } }),
    ).toMatchObject({
      status: 'PENDING',
      reviewedById: null,
      reviewedAt: null,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      identityStatus: 'PENDING',
      identityVerifiedAt: null,
      nikHash: null,
    });
    const { audit, notifications, outbox } = await traces(submission.id, user.id);
    expect([audit.length, notifications.length, outbox.length]).toEqual([0, 0, 0]);

    // The reviewer can still reject it, with a reason.
    await rejectIdentity({
      actor: admin,
      submissionId: submission.id,
      reason: 'NIK ini sudah terdaftar pada akun lain.',
    });
  });

  it('two accounts with one NIK approved at once: one account gets it, the other is refused', async () => {
    const nik = freshNik();
    const a = await pendingSubmission({ nik });
    const b = await pendingSubmission({ nik });
    const results = await Promise.allSettled([
      approveIdentity({ actor: admin, submissionId: a.submission.id }),
      approveIdentity({ actor: secondAdmin, submissionId: b.submission.id }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((result) => result.status === 'rejected')?.reason).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'nikVerifiedElsewhere',
    });
    expect(await db.user.count({ where: { nikHash: keyedHash(nik) } })).toBe(1);
    expect(
      await db.identitySubmission.count({
        where: { id: { in: [a.submission.id, b.submission.id] }, status: 'PENDING' },
      }),
    ).toBe(1);
  });

  it('an unknown submission is not found', async () => {
    await expect(approveIdentity({ actor: admin, submissionId: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('rejecting an identity', () => {
  it('needs a reason of 10 to 500 characters, and changes nothing without one', async () => {
    const { user, submission } = await pendingSubmission();
    for (const reason of ['', '   buram   ', 'x'.repeat(501)]) {
      await expect(
        rejectIdentity({ actor: admin, submissionId: submission.id, reason }),
      ).rejects.toMatchObject({
        code: 'VALIDATION',
        options: { fieldErrors: { reason: [expect.stringMatching(/^rejectionReasonToo/)] } },
      });
    }
    expect(
      (await db.identitySubmission.findUniqueOrThrow({ where: { id: submission.id } })).status,
    ).toBe('PENDING');
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).identityStatus).toBe(
      'PENDING',
    );
    const { audit, notifications, outbox } = await traces(submission.id, user.id);
    expect([audit.length, notifications.length, outbox.length]).toEqual([0, 0, 0]);
  });

  it('stores the reason, lets the customer resubmit, and tells them why', async () => {
    const { user, submission } = await pendingSubmission();
    await expect(
      rejectIdentity({ actor: admin, submissionId: submission.id, reason: `  ${REASON}  ` }),
    ).resolves.toEqual({ id: submission.id, status: 'REJECTED' });

    expect(
      await db.identitySubmission.findUniqueOrThrow({ where: { id: submission.id } }),
    ).toMatchObject({
      status: 'REJECTED',
      rejectionReason: REASON,
      reviewedById: admin.id,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      identityStatus: 'REJECTED',
      identityVerifiedAt: null,
      nikHash: null,
    });
    const { audit, notifications, outbox } = await traces(submission.id, user.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'identity.reject', actorId: admin.id });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ kind: 'IDENTITY_REJECTED', href: '/home/identity' });
    expect(JSON.parse(notifications[0]!.params)).toEqual({ reason: REASON });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ template: 'identity-rejected', recipient: user.email });
    expect(JSON.parse(outbox[0]!.payload)).toMatchObject({
      reason: REASON,
      url: expect.stringMatching(/\/home\/identity$/),
    });
  });
});

describe('two reviewers deciding at once', () => {
  it.each([
    ['approve', 'approve'],
    ['approve', 'reject'],
    ['reject', 'reject'],
  ] as const)('%s + %s: exactly one decision, the other gets CONFLICT', async (first, second) => {
    const { user, submission } = await pendingSubmission();
    const decide = (kind: 'approve' | 'reject', actor: Actor) =>
      kind === 'approve'
        ? approveIdentity({ actor, submissionId: submission.id })
        : rejectIdentity({ actor, submissionId: submission.id, reason: REASON });

    const results = await Promise.allSettled([decide(first, admin), decide(second, secondAdmin)]);

    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const refused = results.filter((result) => result.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'identityAlreadyDecided',
    });
    const decided = await db.identitySubmission.findUniqueOrThrow({ where: { id: submission.id } });
    const winner = results.findIndex((result) => result.status === 'fulfilled');
    expect(decided.reviewedById).toBe([admin, secondAdmin][winner]!.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).identityStatus).toBe(
      decided.status,
    );
    const { audit, notifications, outbox } = await traces(submission.id, user.id);
    expect([audit.length, notifications.length, outbox.length]).toEqual([1, 1, 1]);
  });
});

describe('who may review', () => {
  it('refuses customers, agents and strangers everything, and changes nothing', async () => {
    const { user, actor: owner, submission } = await pendingSubmission();
    const { actor: agent } = await createUser({ role: 'AGENT' });
    const { actor: customer } = await createUser();
    for (const actor of [owner, customer, agent, null]) {
      const code = actor ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      const submissionId = submission.id;
      await expect(approveIdentity({ actor, submissionId })).rejects.toMatchObject({ code });
      await expect(rejectIdentity({ actor, submissionId, reason: REASON })).rejects.toMatchObject({
        code,
      });
      await expect(getIdentitySubmission({ actor, id: submissionId })).rejects.toMatchObject({
        code,
      });
      await expect(listIdentitySubmissions({ actor, page: 1 })).rejects.toMatchObject({ code });
      await expect(countPendingIdentitySubmissions({ actor })).rejects.toMatchObject({ code });
    }
    expect(
      (await db.identitySubmission.findUniqueOrThrow({ where: { id: submission.id } })).status,
    ).toBe('PENDING');
    expect(await db.auditEntry.count({ where: { targetId: submission.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe('the review page data', () => {
  it('shows the full NIK, the checks, the same NIK elsewhere and the history, and logs the view', async () => {
    const nik = freshNik();
    const { user: holder } = await createUser({
      name: 'Pemilik Lama',
      identityVerifiedAt: new Date(),
    });
    await db.user.update({ where: { id: holder.id }, data: { nikHash: keyedHash(nik) } });
    const { submission: elsewhere } = await pendingSubmission({ nik, name: 'Akun Kedua' });
    const { user, submission: first } = await pendingSubmission({ nik });
    await rejectIdentity({ actor: admin, submissionId: first.id, reason: REASON });
    const second = await resubmit(first);

    const detail = await getIdentitySubmission({
      actor: admin,
      id: second.id,
      ipAddress: '198.51.100.8',
    });

    expect(detail).toMatchObject({
      id: second.id,
      status: 'PENDING',
      nik,
      nikMasked: maskNik(nik),
      fullName: 'Rina Kusuma',
      checks: { nikFormat: { ok: true }, birthDateMatches: true, sexMatches: true },
      customer: { id: user.id, email: user.email, emailVerified: false },
      verifiedElsewhere: { id: holder.id, name: 'Pemilik Lama' },
    });
    expect(detail.sameNikElsewhere.map((row) => row.id)).toEqual([elsewhere.id]);
    expect(detail.history).toEqual([
      expect.objectContaining({ id: first.id, status: 'REJECTED', rejectionReason: REASON }),
    ]);
    const views = await db.auditEntry.findMany({
      where: { targetId: second.id, action: 'identity.submission.viewed' },
    });
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actorId: admin.id, ipAddress: '198.51.100.8' });
    expect(views[0]!.changes).not.toContain(nik);

    await getIdentitySubmission({ actor: admin, id: second.id });
    expect(
      await db.auditEntry.count({
        where: { targetId: second.id, action: 'identity.submission.viewed' },
      }),
    ).toBe(2);
    await expect(getIdentitySubmission({ actor: admin, id: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('lists the queue longest-waiting first, masked, searchable, with a pending count', async () => {
    const marker = `antre-${randomInt(1e9)}`;
    const base = Date.parse('2026-11-20T00:00:00Z');
    const older = await pendingSubmission({
      email: `${marker}-a@uji.loket.id`,
      createdAt: new Date(base),
    });
    const newer = await pendingSubmission({
      email: `${marker}-b@uji.loket.id`,
      createdAt: new Date(base + 60_000),
    });
    const pendingBefore = await countPendingIdentitySubmissions({ actor: admin });

    const queue = await listIdentitySubmissions({ actor: admin, search: marker, page: 1 });
    expect(queue.rows.map((row) => row.id)).toEqual([older.submission.id, newer.submission.id]);
    expect(queue.rows[0]).toMatchObject({ nikMasked: maskNik(older.nik), status: 'PENDING' });
    expect(JSON.stringify(queue.rows)).not.toContain(older.nik);

    await rejectIdentity({ actor: admin, submissionId: older.submission.id, reason: REASON });
    expect(await countPendingIdentitySubmissions({ actor: admin })).toBe(pendingBefore - 1);
    const pending = await listIdentitySubmissions({ actor: admin, search: marker, page: 1 });
    expect(pending.rows.map((row) => row.id)).toEqual([newer.submission.id]);
    const rejected = await listIdentitySubmissions({
      actor: admin,
      status: 'REJECTED',
      search: marker,
      page: 1,
    });
    expect(rejected.rows.map((row) => row.id)).toEqual([older.submission.id]);
  });
});

describe('decision e-mails over SMTP', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.stop());

  type InboxMessage = { subject: string; text: string; html: string; to: string[] };
  async function inbox(to: string): Promise<InboxMessage[]> {
    const response = await fetch(
      `${sandbox.url}/control/mail/messages?to=${encodeURIComponent(to)}`,
    );
    return ((await response.json()) as { messages: InboxMessage[] }).messages;
  }

  it('the customer receives the rejection with its reason, then the approval', async () => {
    const mailer = createSmtpMailer({ url: sandbox.smtpUrl, from: 'Loket <no-reply@loket.id>' });
    const email = `kyc-${randomInt(1e9)}@contoh.id`;
    const { submission } = await pendingSubmission({ email });
    await rejectIdentity({ actor: admin, submissionId: submission.id, reason: REASON });
    await deliverOutbox({ mailer });

    const [rejection] = await inbox(email);
    expect(rejection?.subject).toBe('Verifikasi identitas Anda belum dapat disetujui');
    expect(rejection?.text).toContain(REASON);
    expect(rejection?.text).toMatch(/https?:\/\/\S+\/home\/identity/);

    // The customer sends again; this time it is approved.
    const again = await resubmit(submission);
    await approveIdentity({ actor: admin, submissionId: again.id });
    await deliverOutbox({ mailer });
    const messages = await inbox(email);
    expect(messages.map((message) => message.subject)).toContain(
      'Identitas Anda telah terverifikasi',
    );
    expect(await db.outboxMessage.count({ where: { recipient: email, status: 'SENT' } })).toBe(2);
  });
});
