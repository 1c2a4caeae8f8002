import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { loadActor } from '@/lib/server/accounts/load-actor';
import { setUserLocked } from '@/lib/server/accounts/set-user-locked';
import { createUser } from '../support/factories';

describe('setUserLocked', () => {
  it('refuses customers, agents and strangers, and changes nothing', async () => {
    const { user: target } = await createUser();
    const { actor: customer } = await createUser();
    const { actor: agent } = await createUser({ role: 'AGENT' });
    for (const actor of [customer, agent]) {
      await expect(setUserLocked({ actor, userId: target.id, locked: true })).rejects.toMatchObject(
        { code: 'FORBIDDEN' },
      );
    }
    await expect(
      setUserLocked({ actor: null, userId: target.id, locked: true }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.lockedAt).toBeNull();
    expect(after.sessionVersion).toBe(1);
    expect(await db.auditEntry.count({ where: { targetId: target.id } })).toBe(0);
  });

  it('locks, ends the sessions, and writes the audit entry in the same transaction', async () => {
    const { user: target } = await createUser();
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    expect(await loadActor({ userId: target.id, sessionVersion: 1 })).not.toBeNull();

    await expect(
      setUserLocked({ actor: admin, userId: target.id, locked: true, ipAddress: '198.51.100.7' }),
    ).resolves.toEqual({
      id: target.id,
      locked: true,
    });

    expect(await loadActor({ userId: target.id, sessionVersion: 1 })).toBeNull();
    const locked = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(locked.sessionVersion).toBe(2);
    const audit = await db.auditEntry.findMany({ where: { targetId: target.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      action: 'user.lock',
      ipAddress: '198.51.100.7',
    });

    await setUserLocked({ actor: admin, userId: target.id, locked: false });
    // Unlocking lets the user log in again; it does not revive the sessions that were ended.
    expect(await loadActor({ userId: target.id, sessionVersion: 1 })).toBeNull();
    expect(await loadActor({ userId: target.id, sessionVersion: 2 })).not.toBeNull();
    expect(await db.auditEntry.count({ where: { targetId: target.id } })).toBe(2);
  });

  it('an admin cannot lock themselves out', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    await expect(
      setUserLocked({ actor: admin, userId: admin.id, locked: true }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
