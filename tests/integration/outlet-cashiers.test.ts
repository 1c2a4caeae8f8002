import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { authenticate } from '@/lib/server/accounts/authenticate';
import { loadActor } from '@/lib/server/accounts/load-actor';
import { createCashier } from '@/lib/server/outlets/create-cashier';
import { getOutletSettings } from '@/lib/server/outlets/get-outlet-settings';
import { listOutletMembers } from '@/lib/server/outlets/list-outlet-members';
import { requireOutletMember } from '@/lib/server/outlets/outlet-membership';
import { setCashierLocked } from '@/lib/server/outlets/set-cashier-locked';
import { updateOutletSettings } from '@/lib/server/outlets/update-outlet-settings';
import { openShift } from '@/lib/server/shifts/open-shift';
import { createUser } from '../support/factories';
import { addCashier, createOutlet } from '../support/outlet-factories';

const newCashier = (label: string) => ({
  name: `Kasir ${label}`,
  email: `kasir-${label}-${Date.now()}@uji.loket.id`,
  password: 'kasir loket pagi hari',
});

describe('createCashier', () => {
  it('lets the owner add a cashier who can log in and serve the counter at once', async () => {
    const { outlet, owner } = await createOutlet();
    const input = newCashier('owner');
    const created = await createCashier({
      actor: owner,
      cashier: input,
      ipAddress: '198.51.100.4',
    });

    const user = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user).toMatchObject({ role: 'AGENT', email: input.email, name: input.name });
    expect(user.emailVerifiedAt).not.toBeNull();
    const member = await db.outletMember.findUniqueOrThrow({ where: { userId: created.id } });
    expect(member).toMatchObject({ outletId: outlet.id, role: 'CASHIER' });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { targetId: created.id } });
    expect(audit).toMatchObject({ actorId: owner.id, action: 'outlet.cashier.create' });
    expect(audit.changes).not.toContain(input.password);

    const login = await authenticate({
      credentials: { email: input.email, password: input.password },
      ipAddress: '198.51.100.4',
    });
    expect(login).toMatchObject({ ok: true });
    const actor = await loadActor({ userId: created.id, sessionVersion: 1 });
    await expect(requireOutletMember(actor)).resolves.toMatchObject({
      role: 'CASHIER',
      outletId: outlet.id,
    });
    await expect(openShift({ actor, openingCash: 0 })).resolves.toMatchObject({
      outletId: outlet.id,
    });
  });

  it('lets an admin add a cashier to any outlet, which must exist', async () => {
    const { outlet } = await createOutlet();
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const created = await createCashier({
      actor: admin,
      outletId: outlet.id,
      cashier: newCashier('admin'),
    });
    expect(
      await db.outletMember.findUniqueOrThrow({ where: { userId: created.id } }),
    ).toMatchObject({
      outletId: outlet.id,
      role: 'CASHIER',
    });
    await expect(
      createCashier({ actor: admin, outletId: 'no-such-outlet', cashier: newCashier('x') }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses cashiers, customers, owners of another outlet and strangers, creating nothing', async () => {
    const { outlet } = await createOutlet();
    const cashier = await addCashier(outlet.id);
    const { actor: customer } = await createUser();
    const { owner: otherOwner } = await createOutlet();
    const input = newCashier('refused');
    await expect(createCashier({ actor: cashier, cashier: input })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(createCashier({ actor: customer, cashier: input })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      createCashier({ actor: otherOwner, outletId: outlet.id, cashier: input }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createCashier({ actor: null, cashier: input })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });

  it('refuses an e-mail already in use with a field error', async () => {
    const { owner } = await createOutlet();
    const { user } = await createUser();
    await expect(
      createCashier({ actor: owner, cashier: { ...newCashier('dup'), email: user.email } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { email: ['emailTaken'] } },
    });
  });
});

describe('listOutletMembers and setCashierLocked', () => {
  it("lists the outlet's people with open shifts, for the owner only", async () => {
    const { outlet, owner } = await createOutlet();
    const cashier = await addCashier(outlet.id);
    await openShift({ actor: cashier, openingCash: 0 });
    await createOutlet(); // another outlet's people stay out
    const members = await listOutletMembers({ actor: owner });
    expect(members.map((m) => [m.role, m.userId])).toEqual([
      ['OWNER', owner.id],
      ['CASHIER', cashier.id],
    ]);
    expect(members[1]?.shiftOpenedAt).not.toBeNull();
    await expect(listOutletMembers({ actor: cashier })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it("locks the owner's own cashier and ends their sessions; any other account is not found", async () => {
    const { outlet, owner } = await createOutlet();
    const cashier = await addCashier(outlet.id);
    const { outlet: other } = await createOutlet();
    const stranger = await addCashier(other.id);

    await expect(
      setCashierLocked({ actor: owner, userId: cashier.id, locked: true }),
    ).resolves.toEqual({
      id: cashier.id,
      locked: true,
    });
    expect(await loadActor({ userId: cashier.id, sessionVersion: 1 })).toBeNull();
    expect(
      await db.auditEntry.findFirst({ where: { targetId: cashier.id, action: 'user.lock' } }),
    ).not.toBeNull();
    await setCashierLocked({ actor: owner, userId: cashier.id, locked: false });
    expect(await loadActor({ userId: cashier.id, sessionVersion: 2 })).not.toBeNull();

    for (const userId of [stranger.id, owner.id]) {
      await expect(setCashierLocked({ actor: owner, userId, locked: true })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    await expect(
      setCashierLocked({ actor: cashier, userId: cashier.id, locked: true }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: stranger.id } })).lockedAt).toBeNull();
  });
});

describe('outlet settings', () => {
  it('sets the biaya loket within the highest biller maximum, for the owner only', async () => {
    const { outlet, owner } = await createOutlet();
    const cashier = await addCashier(outlet.id);
    await db.biller.create({
      data: {
        code: `MARKUP_${Date.now()}`,
        category: 'WATER',
        kind: 'POSTPAID',
        nameId: 'Uji',
        nameEn: 'Test',
        referenceRule: JSON.stringify({ kind: 'pdam', length: 8 }),
        adminFee: 2_500,
        maxOutletMarkup: 7_500,
      },
    });
    const settings = await getOutletSettings({ actor: owner });
    expect(settings.markupLimit).toBeGreaterThanOrEqual(7_500);
    await expect(updateOutletSettings({ actor: owner, markup: 3_000 })).resolves.toMatchObject({
      markup: 3_000,
    });
    expect((await db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).markup).toBe(3_000);
    expect(
      await db.auditEntry.count({ where: { targetId: outlet.id, action: 'outlet.settings' } }),
    ).toBe(1);

    await expect(
      updateOutletSettings({ actor: owner, markup: settings.markupLimit + 1 }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(updateOutletSettings({ actor: owner, markup: -1 })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(updateOutletSettings({ actor: cashier, markup: 0 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).markup).toBe(3_000);
  });
});
