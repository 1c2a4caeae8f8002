import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { CreateBillerInput } from '@/lib/domain/biller-config';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import type { Actor } from '@/lib/server/actor';
import { createBiller } from '@/lib/server/admin/billers/create-biller';
import { createProduct } from '@/lib/server/admin/billers/create-product';
import { getBillerAdmin } from '@/lib/server/admin/billers/get-biller-admin';
import { listBillersAdmin } from '@/lib/server/admin/billers/list-billers-admin';
import { setBillerStatus } from '@/lib/server/admin/billers/set-biller-status';
import { updateBiller } from '@/lib/server/admin/billers/update-biller';
import { setProductActive, updateProduct } from '@/lib/server/admin/billers/update-product';
import { getBiller } from '@/lib/server/catalogue/get-biller';
import { listBillers } from '@/lib/server/catalogue/list-billers';
import { createInquiry } from '@/lib/server/inquiries/create-inquiry';
import { createUser } from '../support/factories';

const IP = '198.51.100.23';

const uniqueCode = () => `UJI_${randomUUID().slice(0, 8).toUpperCase().replace(/-/g, '')}`;

function billerInput(overrides: Partial<CreateBillerInput> = {}): CreateBillerInput {
  return {
    code: uniqueCode(),
    category: 'INSURANCE',
    kind: 'POSTPAID',
    nameId: 'Asuransi Uji',
    nameEn: 'Test insurance',
    inquiryProductCode: 'BPJSKS',
    referenceRule: { kind: 'bpjs' },
    adminFee: 2_500,
    agentCommission: 1_000,
    maxOutletMarkup: 5_000,
    minAmount: null,
    maxAmount: null,
    cutOffWindows: [],
    sortOrder: 50,
    status: 'ACTIVE',
    maintenanceMessageId: '',
    maintenanceMessageEn: '',
    ...overrides,
  };
}

/** The edit form's values for a stored biller, as the page loads them. */
async function editForm(billerId: string, admin: Actor) {
  const { biller } = await getBillerAdmin({ actor: admin, billerId });
  return {
    billerId: biller.id,
    version: biller.version,
    category: biller.category,
    kind: biller.kind,
    nameId: biller.nameId,
    nameEn: biller.nameEn,
    inquiryProductCode: biller.inquiryProductCode,
    referenceRule: biller.referenceRule,
    adminFee: biller.adminFee,
    agentCommission: biller.agentCommission,
    maxOutletMarkup: biller.maxOutletMarkup,
    minAmount: biller.minAmount,
    maxAmount: biller.maxAmount,
    cutOffWindows: biller.cutOffWindows,
    sortOrder: biller.sortOrder,
  };
}

const auditOf = (targetId: string) =>
  db.auditEntry.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' } });

const noSwitch: BillerSwitch = {
  inquire: () => Promise.reject(new Error('a biller in maintenance must not be asked')),
  pay: () => Promise.reject(new Error('unused')),
  advice: () => Promise.reject(new Error('unused')),
  reverse: () => Promise.reject(new Error('unused')),
};

describe('creating a biller', () => {
  it('writes the biller and exactly one audit entry with who, from where and what', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const input = billerInput({ cutOffWindows: [{ start: '23:00', end: '01:00' }] });
    const biller = await createBiller({ actor: admin, ipAddress: IP, ...input });

    expect(biller).toMatchObject({ code: input.code, version: 1, status: 'ACTIVE' });
    const stored = await db.biller.findUniqueOrThrow({ where: { id: biller.id } });
    expect(JSON.parse(stored.referenceRule)).toEqual({ kind: 'bpjs' });
    expect(JSON.parse(stored.cutOffWindows)).toEqual([{ start: '23:00', end: '01:00' }]);
    expect(stored.maintenanceMessageId).toBeNull();

    const audit = await auditOf(biller.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      action: 'biller.create',
      targetType: 'Biller',
      ipAddress: IP,
    });
    const changes = JSON.parse(audit[0]!.changes) as { before: unknown; after: unknown };
    expect(changes.before).toBeNull();
    expect(changes.after).toMatchObject({ code: input.code, adminFee: 2_500 });
  });

  it('refuses a code already in use on its field, writing nothing', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const input = billerInput();
    await createBiller({ actor: admin, ...input });
    const auditBefore = await db.auditEntry.count();
    await expect(
      createBiller({ actor: admin, ...billerInput({ code: input.code }) }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { code: ['billerCodeTaken'] } },
    });
    expect(await db.biller.count({ where: { code: input.code } })).toBe(1);
    expect(await db.auditEntry.count()).toBe(auditBefore);
  });

  it('the audit entry is in the same transaction: if it cannot be written, neither is the biller', async () => {
    // An admin whose user row is gone: the audit entry's actor reference fails.
    const ghost: Actor = {
      id: 'no-such-user',
      role: 'ADMIN',
      email: 'ghost@uji.loket.id',
      name: 'Ghost',
      locale: 'id',
    };
    const input = billerInput();
    await expect(createBiller({ actor: ghost, ...input })).rejects.toThrow();
    expect(await db.biller.count({ where: { code: input.code } })).toBe(0);
  });
});

describe('editing a biller', () => {
  it('bumps the version and audits only the fields that changed', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const created = await createBiller({ actor: admin, ...billerInput() });
    const form = await editForm(created.id, admin);

    const saved = await updateBiller({
      actor: admin,
      ipAddress: IP,
      ...form,
      adminFee: 3_000,
      referenceRule: { kind: 'pdam', length: 9 },
      cutOffWindows: [{ start: '22:00', end: '23:00' }],
    });
    expect(saved).toMatchObject({ version: 2, adminFee: 3_000, code: created.code });

    const audit = await auditOf(created.id);
    expect(audit.map((entry) => entry.action)).toEqual(['biller.create', 'biller.update']);
    expect(JSON.parse(audit[1]!.changes)).toEqual({
      before: { adminFee: 2_500, referenceRule: { kind: 'bpjs' }, cutOffWindows: [] },
      after: {
        adminFee: 3_000,
        referenceRule: { kind: 'pdam', length: 9 },
        cutOffWindows: [{ start: '22:00', end: '23:00' }],
      },
    });
  });

  it('a save that changes nothing writes nothing', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const created = await createBiller({ actor: admin, ...billerInput() });
    const saved = await updateBiller({ actor: admin, ...(await editForm(created.id, admin)) });
    expect(saved.version).toBe(1);
    expect(await auditOf(created.id)).toHaveLength(1);
  });

  it('of two admins saving from the same version, one wins and the other is told', async () => {
    const { actor: first } = await createUser({ role: 'ADMIN', name: 'Admin Satu' });
    const { actor: second } = await createUser({ role: 'ADMIN', name: 'Admin Dua' });
    const created = await createBiller({ actor: first, ...billerInput() });
    const form = await editForm(created.id, first);

    const results = await Promise.allSettled([
      updateBiller({ actor: first, ...form, adminFee: 3_000, nameId: 'Asuransi Satu' }),
      updateBiller({ actor: second, ...form, adminFee: 4_000, nameId: 'Asuransi Dua' }),
    ]);
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toMatchObject({ code: 'CONFLICT', messageKey: 'staleEdit' });

    const winner = won[0]!.value;
    const stored = await db.biller.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({
      version: 2,
      adminFee: winner.adminFee,
      nameId: winner.nameId,
    });
    const updates = (await auditOf(created.id)).filter((entry) => entry.action === 'biller.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.actorId).toBe(winner.nameId === 'Asuransi Satu' ? first.id : second.id);

    // The loser's form still says version 1: saving it again is refused too, not merged.
    await expect(updateBiller({ actor: second, ...form, adminFee: 4_000 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await db.biller.findUniqueOrThrow({ where: { id: created.id } })).adminFee).toBe(
      winner.adminFee,
    );
  });

  it('an edit from before a status change is stale too', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const created = await createBiller({ actor: admin, ...billerInput() });
    const form = await editForm(created.id, admin);
    await setBillerStatus({
      actor: admin,
      billerId: created.id,
      version: 1,
      status: 'DISABLED',
      maintenanceMessageId: '',
      maintenanceMessageEn: '',
    });
    await expect(updateBiller({ actor: admin, ...form, adminFee: 2_000 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses invalid values with field errors and writes nothing', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const created = await createBiller({ actor: admin, ...billerInput() });
    const form = await editForm(created.id, admin);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ agentCommission: 3_000 }, 'agentCommission', 'commissionAboveFee'],
      [{ minAmount: 50_000, maxAmount: 10_000 }, 'maxAmount', 'amountRangeOrder'],
      [{ cutOffWindows: [{ start: '25:00', end: '01:00' }] }, 'cutOffWindows', 'cutOffTimeInvalid'],
      [
        { cutOffWindows: [{ start: '01:00', end: '01:00' }] },
        'cutOffWindows',
        'cutOffSameStartEnd',
      ],
      [{ referenceRule: { kind: 'pdam', length: 2 } }, 'referenceRule', 'pdamLengthInvalid'],
      [{ referenceRule: { kind: 'swift' } }, 'referenceRule', 'referenceKindInvalid'],
      [{ adminFee: -5 }, 'adminFee', 'rupiahNegative'],
    ];
    for (const [change, field, key] of cases) {
      await expect(
        updateBiller({ actor: admin, ...form, ...change } as Parameters<typeof updateBiller>[0]),
      ).rejects.toMatchObject({
        code: 'VALIDATION',
        options: { fieldErrors: { [field]: [key] } },
      });
    }
    await expect(
      setBillerStatus({
        actor: admin,
        billerId: created.id,
        version: 1,
        status: 'MAINTENANCE',
        maintenanceMessageId: '',
        maintenanceMessageEn: 'Back soon.',
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      options: { fieldErrors: { maintenanceMessageId: ['maintenanceMessageRequired'] } },
    });
    await expect(
      createBiller({ actor: admin, ...billerInput({ status: 'MAINTENANCE' }) }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });

    const stored = await db.biller.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ version: 1, status: 'ACTIVE', adminFee: 2_500 });
    expect(await auditOf(created.id)).toHaveLength(1);
  });
});

describe('the status of a biller', () => {
  it('maintenance, disable and enable show on the customer screens at once, each audited', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const { actor: customer } = await createUser({
      emailVerifiedAt: new Date(),
      identityVerifiedAt: new Date(),
    });
    const created = await createBiller({ actor: admin, ...billerInput() });
    expect((await getBiller({ code: created.code, locale: 'id' })).availability).toEqual({
      state: 'open',
    });

    const paused = await setBillerStatus({
      actor: admin,
      ipAddress: IP,
      billerId: created.id,
      version: 1,
      status: 'MAINTENANCE',
      maintenanceMessageId: 'Sistem sedang diperbarui sampai pukul 06.00 WIB.',
      maintenanceMessageEn: 'The system is being updated until 06:00 WIB.',
    });
    expect(paused.version).toBe(2);
    expect((await getBiller({ code: created.code, locale: 'id' })).availability).toEqual({
      state: 'maintenance',
      message: 'Sistem sedang diperbarui sampai pukul 06.00 WIB.',
    });
    expect((await getBiller({ code: created.code, locale: 'en' })).availability).toEqual({
      state: 'maintenance',
      message: 'The system is being updated until 06:00 WIB.',
    });
    const listed = await listBillers({ category: 'insurance', locale: 'id' });
    expect(listed.find((b) => b.code === created.code)?.availability.state).toBe('maintenance');
    await expect(
      createInquiry({
        actor: customer,
        billerCode: created.code,
        customerNo: '8888801234567890',
        locale: 'id',
        billerSwitch: noSwitch,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'billerMaintenance' });

    await setBillerStatus({
      actor: admin,
      billerId: created.id,
      version: 2,
      status: 'DISABLED',
      maintenanceMessageId: '',
      maintenanceMessageEn: '',
    });
    const afterDisable = await listBillers({ category: 'insurance', locale: 'id' });
    expect(afterDisable.some((b) => b.code === created.code)).toBe(false);
    // Gone from the lists; whoever still reaches its page reads it as closed for maintenance.
    expect((await getBiller({ code: created.code, locale: 'id' })).availability).toEqual({
      state: 'maintenance',
      message: null,
    });

    const enabled = await setBillerStatus({
      actor: admin,
      billerId: created.id,
      version: 3,
      status: 'ACTIVE',
      maintenanceMessageId: '',
      maintenanceMessageEn: '',
    });
    expect(enabled).toMatchObject({ version: 4, status: 'ACTIVE' });
    expect((await getBiller({ code: created.code, locale: 'id' })).availability.state).toBe('open');
    // The last message stays for the next maintenance; customers only see it in maintenance.
    expect(enabled.maintenanceMessageId).toBe('Sistem sedang diperbarui sampai pukul 06.00 WIB.');

    const audit = await auditOf(created.id);
    expect(audit.map((entry) => entry.action)).toEqual([
      'biller.create',
      'biller.maintenance',
      'biller.disable',
      'biller.enable',
    ]);
    expect(JSON.parse(audit[3]!.changes)).toEqual({
      before: { status: 'DISABLED' },
      after: { status: 'ACTIVE' },
    });
  });

  it('a status change from a stale page is refused and changes nothing', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const created = await createBiller({ actor: admin, ...billerInput() });
    await updateBiller({ actor: admin, ...(await editForm(created.id, admin)), adminFee: 2_000 });
    await expect(
      setBillerStatus({
        actor: admin,
        billerId: created.id,
        version: 1,
        status: 'DISABLED',
        maintenanceMessageId: '',
        maintenanceMessageEn: '',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await db.biller.findUniqueOrThrow({ where: { id: created.id } })).status).toBe(
      'ACTIVE',
    );
  });
});

describe('products', () => {
  it('are created, edited and taken off sale with an audit entry each; stale edits refused', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const biller = await createBiller({ actor: admin, ...billerInput({ kind: 'PREPAID' }) });
    const code = uniqueCode();
    const product = await createProduct({
      actor: admin,
      ipAddress: IP,
      billerId: biller.id,
      code,
      nameId: 'Iuran 1 bulan',
      nameEn: 'One month',
      operator: '',
      faceValue: 35_000,
      price: 35_000,
      active: true,
      sortOrder: 0,
    });
    await expect(
      createProduct({ actor: admin, ...product, code, operator: null }),
    ).rejects.toMatchObject({ options: { fieldErrors: { code: ['productCodeTaken'] } } });

    const { updatedAt } = product;
    const fields = {
      nameId: product.nameId,
      nameEn: product.nameEn,
      operator: product.operator,
      faceValue: product.faceValue,
      price: product.price,
      active: product.active,
      sortOrder: product.sortOrder,
    };
    const edited = await updateProduct({
      actor: admin,
      productId: product.id,
      expectedUpdatedAt: updatedAt,
      ...fields,
      price: 36_000,
    });
    expect(edited.price).toBe(36_000);
    expect(edited.updatedAt > updatedAt).toBe(true);

    // A second tab that loaded the product before the edit.
    await expect(
      setProductActive({
        actor: admin,
        productId: product.id,
        expectedUpdatedAt: updatedAt,
        active: false,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'staleEdit' });

    const results = await Promise.allSettled([
      setProductActive({
        actor: admin,
        productId: product.id,
        expectedUpdatedAt: edited.updatedAt,
        active: false,
      }),
      updateProduct({
        actor: admin,
        productId: product.id,
        expectedUpdatedAt: edited.updatedAt,
        ...fields,
        price: 40_000,
      }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);

    const audit = await auditOf(product.id);
    expect(audit.map((entry) => entry.action)).toEqual([
      'product.create',
      'product.update',
      expect.stringMatching(/^product\.(deactivate|update)$/),
    ]);
    expect(JSON.parse(audit[1]!.changes)).toEqual({
      before: { price: 35_000 },
      after: { price: 36_000 },
    });
  });

  it('an inactive product disappears from the customer screen', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const biller = await createBiller({ actor: admin, ...billerInput({ kind: 'PREPAID' }) });
    const product = await createProduct({
      actor: admin,
      billerId: biller.id,
      code: uniqueCode(),
      nameId: 'Paket',
      nameEn: 'Package',
      operator: null,
      faceValue: 10_000,
      price: 10_000,
      active: true,
      sortOrder: 0,
    });
    expect((await getBiller({ code: biller.code, locale: 'id' })).products).toHaveLength(1);
    await setProductActive({
      actor: admin,
      productId: product.id,
      expectedUpdatedAt: product.updatedAt,
      active: false,
    });
    expect((await getBiller({ code: biller.code, locale: 'id' })).products).toHaveLength(0);
  });
});

describe('permissions', () => {
  it('customers, agents and strangers are refused everything, and nothing is written', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const biller = await createBiller({ actor: admin, ...billerInput() });
    const product = await createProduct({
      actor: admin,
      billerId: biller.id,
      code: uniqueCode(),
      nameId: 'Paket',
      nameEn: 'Package',
      operator: null,
      faceValue: 1,
      price: 1,
      active: true,
      sortOrder: 0,
    });
    const form = await editForm(biller.id, admin);
    const { actor: customer } = await createUser();
    const { actor: agent } = await createUser({ role: 'AGENT' });
    const billersBefore = await db.biller.count();
    const auditBefore = await db.auditEntry.count();

    for (const actor of [customer, agent, null]) {
      const code = actor ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      const attempts: Promise<unknown>[] = [
        createBiller({ actor, ...billerInput() }),
        updateBiller({ actor, ...form, adminFee: 0 }),
        setBillerStatus({
          actor,
          billerId: biller.id,
          version: form.version,
          status: 'DISABLED',
          maintenanceMessageId: '',
          maintenanceMessageEn: '',
        }),
        createProduct({ actor, ...product, code: uniqueCode() }),
        setProductActive({
          actor,
          productId: product.id,
          expectedUpdatedAt: product.updatedAt,
          active: false,
        }),
        listBillersAdmin({ actor, page: 1 }),
        getBillerAdmin({ actor, billerId: biller.id }),
      ];
      for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ code });
    }

    expect(await db.biller.count()).toBe(billersBefore);
    expect(await db.auditEntry.count()).toBe(auditBefore);
    expect(await db.biller.findUniqueOrThrow({ where: { id: biller.id } })).toMatchObject({
      version: 1,
      status: 'ACTIVE',
      adminFee: 2_500,
    });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).active).toBe(true);
  });
});

describe('the admin list', () => {
  it('finds billers by name or code, category and status, every status included', async () => {
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const marker = randomUUID().slice(0, 6);
    const open = await createBiller({
      actor: admin,
      ...billerInput({ nameId: `Cari ${marker} buka`, category: 'TICKETS' }),
    });
    const closed = await createBiller({
      actor: admin,
      ...billerInput({ nameId: `Cari ${marker} tutup`, status: 'DISABLED' }),
    });

    const all = await listBillersAdmin({ actor: admin, search: marker, page: 1 });
    expect(all.rows.map((row) => row.id).sort()).toEqual([open.id, closed.id].sort());
    const disabled = await listBillersAdmin({
      actor: admin,
      search: marker,
      status: 'DISABLED',
      page: 1,
    });
    expect(disabled.rows.map((row) => row.id)).toEqual([closed.id]);
    const tickets = await listBillersAdmin({
      actor: admin,
      search: marker,
      category: 'TICKETS',
      page: 1,
    });
    expect(tickets.rows.map((row) => row.id)).toEqual([open.id]);
    const byCode = await listBillersAdmin({
      actor: admin,
      search: open.code.toLowerCase(),
      page: 1,
    });
    expect(byCode.rows.map((row) => row.id)).toEqual([open.id]);
  });
});
