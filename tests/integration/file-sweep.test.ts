import { mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { newFileKey } from '@/lib/integrations/file-store';
import { createLocalFileStore } from '@/lib/integrations/file-store/local-file-store';
import { sweepOrphanFiles, sweepOrphanFilesHourly } from '@/lib/server/jobs/sweep-orphan-files';
import { createUser } from '../support/factories';
import { createOutlet } from '../support/outlet-factories';

// Stored photos no row names (the process died between storing the photo and writing its row)
// are removed after a day; photos a KTP submission or a top-up names are kept, however old.

const NOW = new Date('2026-11-25T03:00:00Z');
const TWO_DAYS_AGO = new Date(NOW.getTime() - 2 * 24 * 60 * 60 * 1000);

async function storeWithFiles() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'loket-sweep-'));
  const store = createLocalFileStore(root);
  const put = async (when: Date) => {
    const key = newFileKey();
    await store.put(key, new Uint8Array([1, 2, 3]));
    await utimes(path.join(root, key.slice(0, 2), key), when, when);
    return key;
  };
  return { root, store, put };
}

describe('the file sweep', () => {
  it('removes old files no row names, keeps named and recent ones, and stale partial writes', async () => {
    const { root, store, put } = await storeWithFiles();
    const [ktp, selfie, proof, orphan, fresh] = await Promise.all([
      put(TWO_DAYS_AGO),
      put(TWO_DAYS_AGO),
      put(TWO_DAYS_AGO),
      put(TWO_DAYS_AGO),
      put(new Date(NOW.getTime() - 60 * 60 * 1000)),
    ]);
    const { user } = await createUser();
    await db.identitySubmission.create({
      data: {
        userId: user.id,
        nikCiphertext: 'x',
        nikHash: `hash-${ktp}`,
        nikMasked: '3201********0001',
        fullName: 'Siti Rahayu',
        birthPlace: 'Bandung',
        birthDate: '1990-01-01',
        sex: 'FEMALE',
        address: 'Jl. Merdeka 1',
        ktpImageKey: ktp!,
        selfieImageKey: selfie!,
      },
    });
    const { outlet, owner } = await createOutlet();
    await db.depositTopUp.create({
      data: {
        outletId: outlet.id,
        requestedById: owner.id,
        method: 'MANUAL',
        channel: 'BCA',
        amount: 500_000,
        proofImageKey: proof!,
      },
    });
    // A write cut off by a crash leaves a temporary file beside the keys.
    const partial = path.join(root, ktp!.slice(0, 2), `.${ktp}.abcdef.tmp`);
    await writeFile(partial, 'half');
    await utimes(partial, TWO_DAYS_AGO, TWO_DAYS_AGO);

    expect(await sweepOrphanFiles({ now: NOW, store })).toBe(1);
    expect(await store.get(orphan!)).toBeNull();
    for (const key of [ktp, selfie, proof, fresh]) expect(await store.get(key!)).not.toBeNull();
    expect(await readdir(path.dirname(partial))).not.toContain(path.basename(partial));
    // Nothing left to remove the second time.
    expect(await sweepOrphanFiles({ now: NOW, store })).toBe(0);
  });

  it('an empty or missing folder is nothing to sweep', async () => {
    const store = createLocalFileStore(path.join(os.tmpdir(), `loket-none-${newFileKey()}`));
    expect(await sweepOrphanFiles({ now: NOW, store })).toBe(0);
  });

  it('runs once an hour across workers', async () => {
    const runs = await Promise.all([
      sweepOrphanFilesHourly(NOW),
      sweepOrphanFilesHourly(NOW),
      sweepOrphanFilesHourly(NOW),
    ]);
    expect(runs.filter((run) => run !== null)).toHaveLength(1);
    expect(await sweepOrphanFilesHourly(new Date(NOW.getTime() + 30 * 60 * 1000))).toBeNull();
    expect(await sweepOrphanFilesHourly(new Date(NOW.getTime() + 61 * 60 * 1000))).not.toBeNull();
  });
});
