import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { IDENTITY_IMAGE_MAX_BYTES } from '@/lib/domain/identity/submission';
import { createLocalFileStore } from '@/lib/integrations/file-store/local-file-store';
import type { Actor } from '@/lib/server/actor';
import { getIdentityStatus } from '@/lib/server/identity/get-identity-status';
import { readIdentityImage } from '@/lib/server/identity/identity-images';
import { readSubmissionImage } from '@/lib/server/identity/read-submission-image';
import { keyedHash } from '@/lib/server/identity/sealed';
import { submitIdentity } from '@/lib/server/identity/submit-identity';
import { createUser } from '../support/factories';

// This file's own private-files folder, set before any module reads the configuration.
const storeDir = await vi.hoisted(async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const { join } = await import('node:path');
  const dir = fs.mkdtempSync(join(os.tmpdir(), 'loket-private-'));
  process.env.PRIVATE_FILES_DIR = dir;
  return dir;
});
afterAll(() => rmSync(storeDir, { recursive: true, force: true }));

const NIK = '3273011708900001';
const fields = {
  nik: '3273 0117 0890 0001',
  fullName: 'Budi Santoso',
  birthPlace: 'Bandung',
  birthDate: '1990-08-17',
  sex: 'MALE',
  address: 'Jl. Merdeka No. 12, Sumur Bandung, Kota Bandung',
};

let ktpJpeg: Buffer;
let selfiePng: Buffer;

beforeAll(async () => {
  const canvas = (background: string) =>
    sharp({ create: { width: 800, height: 500, channels: 3, background } });
  ktpJpeg = await canvas('#2f6db5')
    .jpeg()
    .withExif({
      IFD0: { Make: 'KameraUji', Copyright: 'rahasia-pribadi' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 54/1 0/1' },
    })
    .toBuffer();
  selfiePng = await canvas('#c98b5e').png().toBuffer();
});

/** Every file under the store, temporary ones included. */
function storedFiles(): string[] {
  return readdirSync(storeDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function verifiedCustomer() {
  return createUser({ emailVerifiedAt: new Date() });
}

type Overrides = Partial<typeof fields> & { ktpImage?: Buffer; selfieImage?: Buffer };

const submit = (actor: Actor | null, overrides: Overrides = {}) => {
  const { ktpImage = ktpJpeg, selfieImage = selfiePng, ...text } = overrides;
  return submitIdentity({ actor, fields: { ...fields, ...text }, ktpImage, selfieImage });
};

async function expectNothingStored(userId: string, filesBefore: string[]) {
  expect(storedFiles()).toEqual(filesBefore);
  expect(await db.identitySubmission.count({ where: { userId } })).toBe(0);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  expect(user.identityStatus).toBe('NONE');
}

describe('submitIdentity', () => {
  it('stores both photos sealed, the NIK encrypted, and puts the account in review', async () => {
    const { user, actor } = await verifiedCustomer();
    const before = storedFiles();
    const { id } = await submit(actor);

    const after = storedFiles();
    expect(after).toHaveLength(before.length + 2);
    const submission = await db.identitySubmission.findUniqueOrThrow({ where: { id } });
    expect(submission).toMatchObject({
      userId: user.id,
      status: 'PENDING',
      nikMasked: '3273********0001',
      nikHash: keyedHash(NIK),
      fullName: 'Budi Santoso',
      birthDate: '1990-08-17',
      sex: 'MALE',
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).identityStatus).toBe(
      'PENDING',
    );

    // No text column holds the NIK in the clear.
    for (const value of Object.values(submission)) {
      if (typeof value === 'string') expect(value).not.toContain(NIK);
    }

    for (const key of [submission.ktpImageKey, submission.selfieImageKey]) {
      const file = after.find((name) => path.basename(name) === key);
      if (!file) throw new Error(`no file for ${key}`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      const onDisk = readFileSync(file);
      expect(onDisk.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
      expect(onDisk.subarray(1, 4).toString('latin1')).not.toBe('PNG');
      await expect(sharp(onDisk).metadata()).rejects.toThrow();

      const photo = await readIdentityImage(key);
      if (!photo) throw new Error('photo not readable');
      const metadata = await sharp(photo).metadata();
      expect(metadata).toMatchObject({ format: 'jpeg', width: 800, height: 500 });
      expect(metadata.exif).toBeUndefined();
      expect(photo.includes('rahasia-pribadi')).toBe(false);
    }

    const status = await getIdentityStatus({ actor });
    expect(status).toMatchObject({
      status: 'PENDING',
      emailVerified: true,
      latest: { id, nikMasked: '3273********0001', fullName: 'Budi Santoso' },
    });
    expect(JSON.stringify(status)).not.toContain(NIK);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'imageType'],
    ['a text file', Buffer.from('ini bukan foto KTP'), 'imageType'],
  ])('refuses %s as the KTP photo and stores nothing', async (_name, bytes, key) => {
    const { user, actor } = await verifiedCustomer();
    const before = storedFiles();
    await expect(submit(actor, { ktpImage: bytes })).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { ktpImage: [key] } },
    });
    await expectNothingStored(user.id, before);
  });

  it('refuses a photo of 5 MB + 1 byte and stores nothing', async () => {
    const { user, actor } = await verifiedCustomer();
    const before = storedFiles();
    const oversized = Buffer.concat([
      selfiePng,
      Buffer.alloc(IDENTITY_IMAGE_MAX_BYTES + 1 - selfiePng.length),
    ]);
    await expect(submit(actor, { selfieImage: oversized })).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { selfieImage: ['imageTooLarge'] } },
    });
    await expectNothingStored(user.id, before);
  });

  it('refuses a NIK whose date part does not match the birth date', async () => {
    const { user, actor } = await verifiedCustomer();
    const before = storedFiles();
    await expect(submit(actor, { birthDate: '1990-08-18' })).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { birthDate: ['nikBirthDateMismatch'] } },
    });
    await expectNothingStored(user.id, before);
  });

  it('refuses a NIK already verified on another account', async () => {
    const { user: holder } = await createUser({ identityVerifiedAt: new Date() });
    const nik = '3171056505880002';
    await db.user.update({ where: { id: holder.id }, data: { nikHash: keyedHash(nik) } });
    const { user, actor } = await verifiedCustomer();
    const before = storedFiles();
    await expect(
      submit(actor, { nik, birthDate: '1988-05-25', sex: 'FEMALE' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { nik: ['nikTaken'] } },
    });
    await expectNothingStored(user.id, before);
  });

  it('refuses a second submission while one is in review, and takes one after a rejection', async () => {
    const { user, actor } = await verifiedCustomer();
    const first = await submit(actor);
    const before = storedFiles();
    await expect(submit(actor)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'identityAlreadyInReview',
    });
    expect(storedFiles()).toEqual(before);

    await db.$transaction([
      db.identitySubmission.update({
        where: { id: first.id },
        data: { status: 'REJECTED', rejectionReason: 'Foto KTP buram, tulisan tidak terbaca.' },
      }),
      db.user.update({ where: { id: user.id }, data: { identityStatus: 'REJECTED' } }),
    ]);
    expect(await getIdentityStatus({ actor })).toMatchObject({
      status: 'REJECTED',
      latest: { id: first.id, rejectionReason: 'Foto KTP buram, tulisan tidak terbaca.' },
    });

    const second = await submit(actor);
    expect(second.id).not.toBe(first.id);
    expect(await getIdentityStatus({ actor })).toMatchObject({
      status: 'PENDING',
      latest: { id: second.id, rejectionReason: null },
    });
  });

  it('of two submissions at once, one goes through and the other leaves no files behind', async () => {
    const { user, actor } = await verifiedCustomer();
    const before = storedFiles();
    const results = await Promise.allSettled([submit(actor), submit(actor)]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({
      reason: { code: 'CONFLICT' },
    });
    expect(storedFiles()).toHaveLength(before.length + 2);
    expect(await db.identitySubmission.count({ where: { userId: user.id } })).toBe(1);
  });

  it('is for customers with a verified e-mail only', async () => {
    const { user, actor } = await createUser();
    const before = storedFiles();
    await expect(submit(actor)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'identityEmailNotVerified',
    });
    await expectNothingStored(user.id, before);
    await expect(submit(null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const { actor: agent } = await createUser({ role: 'AGENT', emailVerifiedAt: new Date() });
    await expect(submit(agent)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('limits attempts per customer', async () => {
    const { actor } = await verifiedCustomer();
    const notAPhoto = Buffer.from('bukan foto');
    for (let i = 0; i < 10; i++) {
      await expect(submit(actor, { ktpImage: notAPhoto })).rejects.toMatchObject({
        code: 'VALIDATION',
      });
    }
    await expect(submit(actor)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});

describe('readSubmissionImage', () => {
  it('shows the photos to their owner and to admins (audited), to no one else', async () => {
    const { actor: owner } = await verifiedCustomer();
    const { id } = await submit(owner);
    const read = (actor: Actor | null, kind: 'ktp' | 'selfie' = 'ktp') =>
      readSubmissionImage({ actor, submissionId: id, kind, ipAddress: '198.51.100.7' });

    const own = await read(owner, 'selfie');
    expect(own.contentType).toBe('image/jpeg');
    expect((await sharp(own.bytes).metadata()).format).toBe('jpeg');

    const { actor: stranger } = await verifiedCustomer();
    await expect(read(stranger)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(read(null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const { actor: agent } = await createUser({ role: 'AGENT' });
    await expect(read(agent)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      readSubmissionImage({ actor: owner, submissionId: 'c'.repeat(25), kind: 'ktp' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.auditEntry.count({ where: { targetId: id } })).toBe(0);

    const { actor: admin } = await createUser({ role: 'ADMIN' });
    expect((await read(admin, 'ktp')).bytes.length).toBeGreaterThan(0);
    await read(admin, 'selfie');
    const audit = await db.auditEntry.findMany({
      where: { targetType: 'IdentitySubmission', targetId: id },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      action: 'identity.image.viewed',
      ipAddress: '198.51.100.7',
    });
    expect(audit.map((entry) => JSON.parse(entry.changes).after.kind).sort()).toEqual([
      'ktp',
      'selfie',
    ]);
  });
});

describe('local file store', () => {
  const store = createLocalFileStore(storeDir);

  it('refuses keys that could leave its folder', async () => {
    for (const key of ['../../etc/passwd', '..', 'a/b/c/d/e/f/g/h/i/j', '', 'kunci.dengan.titik']) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow('Invalid file key');
      await expect(store.get(key)).rejects.toThrow('Invalid file key');
    }
  });

  it('writes, reads, replaces and deletes; a missing file is null', async () => {
    const key = 'kunci-uji-0123456789';
    expect(await store.get(key)).toBeNull();
    await store.put(key, Buffer.from('satu'));
    await store.put(key, Buffer.from('dua'));
    expect((await store.get(key))?.toString()).toBe('dua');
    await store.delete(key);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    expect(storedFiles().some((file) => file.includes('.tmp'))).toBe(false);
  });
});
