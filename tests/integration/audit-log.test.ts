import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AUDIT_PAGE_SIZE, auditFiltersSchema } from '@/lib/domain/audit-filters';
import * as auditModule from '@/lib/server/admin/audit/list-audit-entries';
import { listAuditEntries } from '@/lib/server/admin/audit/list-audit-entries';
import { createUser } from '../support/factories';

const filters = (values: Record<string, string>) => auditFiltersSchema.parse(values);

/** Audit entries by a fresh admin, one a minute from `start` (or all at one instant). */
async function entriesBy(count: number, options: { start: Date; sameInstant?: boolean }) {
  const { user, actor } = await createUser({
    role: 'ADMIN',
    email: `audit-${randomUUID()}@uji.loket.id`,
  });
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const entry = await db.auditEntry.create({
      data: {
        actorId: user.id,
        action: index % 2 === 0 ? 'biller.update' : 'product.update',
        targetType: index % 2 === 0 ? 'Biller' : 'Product',
        targetId: `target-${index}`,
        ipAddress: '203.0.113.9',
        changes: JSON.stringify({ before: { adminFee: index }, after: { adminFee: index + 1 } }),
        createdAt: new Date(options.start.getTime() + (options.sameInstant ? 0 : index * 60_000)),
      },
    });
    ids.push(entry.id);
  }
  return { user, actor, ids };
}

describe('listAuditEntries', () => {
  it('shows who, when, from where, on what and the field changes, newest first', async () => {
    const { user, actor, ids } = await entriesBy(3, { start: new Date('2026-11-24T01:00:00Z') });
    const page = await listAuditEntries({ actor, filters: filters({ actor: user.email }) });
    expect(page.rows.map((row) => row.id)).toEqual([...ids].reverse());
    expect(page.rows[0]).toMatchObject({
      action: 'biller.update',
      targetType: 'Biller',
      targetId: 'target-2',
      ipAddress: '203.0.113.9',
      actor: { id: user.id, name: user.name, email: user.email, role: 'ADMIN' },
      changes: [{ field: 'adminFee', before: 2, after: 3 }],
    });
    expect(page).toMatchObject({ older: null, newer: null });
  });

  it('filters by action prefix, target, text in the target id and WIB dates', async () => {
    const { user, actor } = await entriesBy(4, { start: new Date('2026-11-23T16:58:00Z') });
    const ids = async (values: Record<string, string>) =>
      (
        await listAuditEntries({ actor, filters: filters({ actor: user.email, ...values }) })
      ).rows.map((row) => row.targetId);

    expect(await ids({ action: 'product.' })).toEqual(['target-3', 'target-1']);
    expect(await ids({ action: 'biller' })).toEqual(['target-2', 'target-0']);
    expect(await ids({ targetType: 'Product' })).toEqual(['target-3', 'target-1']);
    expect(await ids({ targetId: 'target-2' })).toEqual(['target-2']);
    expect(await ids({ q: 'get-3' })).toEqual(['target-3']);
    // 16:58 and 16:59 UTC are 23:58 and 23:59 WIB on the 23rd; 17:00 is midnight WIB.
    expect(await ids({ to: '2026-11-23' })).toEqual(['target-1', 'target-0']);
    expect(await ids({ from: '2026-11-24' })).toEqual(['target-3', 'target-2']);
    expect(await ids({ from: '2026-11-24', to: '2026-11-24', action: 'biller.' })).toEqual([
      'target-2',
    ]);
    expect(await ids({ from: '2026-11-25' })).toEqual([]);
  });

  it('finds the actor by part of the e-mail or the name', async () => {
    const { user, actor } = await entriesBy(1, { start: new Date('2026-10-01T00:00:00Z') });
    const byEmail = await listAuditEntries({
      actor,
      filters: filters({ actor: user.email.slice(6, 20).toUpperCase() }),
    });
    expect(byEmail.rows.map((row) => row.actor.id)).toEqual([user.id]);
  });

  it('pages with cursors forward and back, entries at the same instant included', async () => {
    const count = AUDIT_PAGE_SIZE * 2 + 3;
    const { user, actor, ids } = await entriesBy(count, {
      start: new Date('2026-09-01T00:00:00Z'),
      sameInstant: true,
    });
    const base = { actor: user.email };
    const first = await listAuditEntries({ actor, filters: filters(base) });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.newer).toBeNull();
    expect(first.older).not.toBeNull();

    const second = await listAuditEntries({
      actor,
      filters: filters({ ...base, after: first.older! }),
    });
    const third = await listAuditEntries({
      actor,
      filters: filters({ ...base, after: second.older! }),
    });
    expect(third.rows).toHaveLength(3);
    expect(third.older).toBeNull();
    const seen = [...first.rows, ...second.rows, ...third.rows].map((row) => row.id);
    expect(new Set(seen).size).toBe(count);
    expect([...seen].sort()).toEqual([...ids].sort());

    const back = await listAuditEntries({
      actor,
      filters: filters({ ...base, before: third.newer! }),
    });
    expect(back.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
    const backToStart = await listAuditEntries({
      actor,
      filters: filters({ ...base, before: back.newer! }),
    });
    expect(backToStart.rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
    expect(backToStart.newer).toBeNull();
  });

  it('an unknown cursor shows the newest entries', async () => {
    const { user, actor, ids } = await entriesBy(2, { start: new Date('2026-08-01T00:00:00Z') });
    const page = await listAuditEntries({
      actor,
      filters: filters({ actor: user.email, after: 'no-such-entry' }),
    });
    expect(page.rows.map((row) => row.id)).toEqual([...ids].reverse());
  });

  it('only admins read the log', async () => {
    const { actor: customer } = await createUser();
    const { actor: agent } = await createUser({ role: 'AGENT' });
    for (const actor of [customer, agent]) {
      await expect(listAuditEntries({ actor, filters: filters({}) })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    await expect(listAuditEntries({ actor: null, filters: filters({}) })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('the audit log is read-only', () => {
  it('its module only reads', () => {
    expect(Object.keys(auditModule).sort()).toEqual(['listAuditEntries', 'listBillerChanges']);
  });

  it('no code changes or deletes an audit entry once written', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) {
          if (name !== 'generated' && name !== 'node_modules') walk(file);
        } else if (/\.tsx?$/.test(name)) sources.push(file);
      }
    };
    for (const dir of ['lib', 'app', 'worker', 'scripts']) walk(dir);
    const writers = sources.filter((file) =>
      /auditEntry\.(update|updateMany|upsert|delete|deleteMany)\b/.test(readFileSync(file, 'utf8')),
    );
    expect(writers).toEqual([]);
  });
});
