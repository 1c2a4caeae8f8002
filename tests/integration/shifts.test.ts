import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { closeShift } from '@/lib/server/shifts/close-shift';
import { dailyRecap } from '@/lib/server/shifts/daily-recap';
import { findOpenShift } from '@/lib/server/shifts/find-open-shift';
import { getShiftReport } from '@/lib/server/shifts/get-shift-report';
import { listShifts } from '@/lib/server/shifts/list-shifts';
import { openShift } from '@/lib/server/shifts/open-shift';
import { seedCatalogueForTests } from '../support/catalogue';
import { createUser } from '../support/factories';
import { addCashier, createOutlet, insertSale } from '../support/outlet-factories';

beforeAll(async () => {
  await seedCatalogueForTests();
});

describe('openShift', () => {
  it('opens one shift per cashier, even when two opens race', async () => {
    const { outlet } = await createOutlet();
    const cashier = await addCashier(outlet.id);
    const results = await Promise.allSettled([
      openShift({ actor: cashier, openingCash: 200_000 }),
      openShift({ actor: cashier, openingCash: 150_000 }),
    ]);
    const opened = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(opened).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'shiftAlreadyOpen',
    });
    expect(await db.shift.count({ where: { cashierId: cashier.id } })).toBe(1);
    expect(await findOpenShift(cashier.id)).toMatchObject({ outletId: outlet.id });
  });

  it('lets the owner serve the counter, and refuses customers, admins and agents without an outlet', async () => {
    const { owner } = await createOutlet();
    await expect(openShift({ actor: owner, openingCash: 0 })).resolves.toMatchObject({
      openingCash: 0,
    });
    const { actor: customer } = await createUser();
    const { actor: admin } = await createUser({ role: 'ADMIN' });
    const { actor: loneAgent } = await createUser({ role: 'AGENT' });
    await expect(openShift({ actor: customer, openingCash: 0 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(openShift({ actor: admin, openingCash: 0 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(openShift({ actor: loneAgent, openingCash: 0 })).rejects.toMatchObject({
      messageKey: 'noOutlet',
    });
    await expect(openShift({ actor: null, openingCash: 0 })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses a negative or fractional opening cash', async () => {
    const { outlet } = await createOutlet();
    const cashier = await addCashier(outlet.id);
    for (const openingCash of [-1, 1.5]) {
      await expect(openShift({ actor: cashier, openingCash })).rejects.toMatchObject({
        code: 'VALIDATION',
      });
    }
    expect(await findOpenShift(cashier.id)).toBeNull();
  });
});

describe('closeShift', () => {
  async function shiftWithSales() {
    const { outlet, owner } = await createOutlet({ markup: 2_000 });
    const cashier = await addCashier(outlet.id);
    const shift = await openShift({ actor: cashier, openingCash: 200_000 });
    const sale = (status: Parameters<typeof insertSale>[0]['status'], totalAmount: number) =>
      insertSale({
        outletId: outlet.id,
        shiftId: shift.id,
        userId: cashier.id,
        status,
        totalAmount,
        outletMarkup: 2_000,
        commission: 1_000,
      });
    await sale('SUCCESS', 52_500);
    await sale('SUCCESS', 102_500);
    await sale('PENDING_BILLER', 75_000);
    await sale('FAILED', 40_000);
    await insertSale({
      outletId: outlet.id,
      shiftId: shift.id,
      userId: cashier.id,
      status: 'EXPIRED',
      totalAmount: 30_000,
      cashReceived: null,
    });
    // Cash kept: 54.500 + 104.500 + 77.000; the failed sale's cash went back.
    return { outlet, owner, cashier, shift, expected: 200_000 + 54_500 + 104_500 + 77_000 };
  }

  it('computes the expected cash from the shift sales and records the difference and note', async () => {
    const { cashier, shift, expected } = await shiftWithSales();
    const closed = await closeShift({
      actor: cashier,
      shiftId: shift.id,
      countedCash: expected - 5_000,
      note: 'Kembalian salah ke satu pelanggan',
      ipAddress: '198.51.100.9',
    });
    expect(closed).toEqual({
      id: shift.id,
      expectedCash: expected,
      countedCash: expected - 5_000,
      cashDifference: -5_000,
      pendingSales: 1,
    });
    const row = await db.shift.findUniqueOrThrow({ where: { id: shift.id } });
    expect(row).toMatchObject({
      openKey: null,
      expectedCash: expected,
      countedCash: expected - 5_000,
      cashDifference: -5_000,
      closingNote: 'Kembalian salah ke satu pelanggan',
    });
    expect(row.closedAt).not.toBeNull();
    expect(await findOpenShift(cashier.id)).toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { targetId: shift.id } });
    expect(audit).toMatchObject({ action: 'shift.close', actorId: cashier.id });
  });

  it('asks for a note when the count differs, and needs none when it matches', async () => {
    const { cashier, shift, expected } = await shiftWithSales();
    const refused = closeShift({ actor: cashier, shiftId: shift.id, countedCash: 1, note: ' ' });
    await expect(refused).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(refused).rejects.toHaveProperty('options.fieldErrors.note');
    expect(await findOpenShift(cashier.id)).not.toBeNull();

    await expect(
      closeShift({ actor: cashier, shiftId: shift.id, countedCash: expected, note: '' }),
    ).resolves.toMatchObject({ cashDifference: 0 });
    const row = await db.shift.findUniqueOrThrow({ where: { id: shift.id } });
    expect(row.closingNote).toBeNull();
  });

  it('closes once: a double submit is refused and the first count stands', async () => {
    const { cashier, shift, expected } = await shiftWithSales();
    const results = await Promise.allSettled([
      closeShift({ actor: cashier, shiftId: shift.id, countedCash: expected, note: '' }),
      closeShift({ actor: cashier, shiftId: shift.id, countedCash: expected + 1_000, note: 'x' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'CONFLICT', messageKey: 'shiftNotOpen' });
    await expect(
      closeShift({ actor: cashier, shiftId: shift.id, countedCash: expected, note: '' }),
    ).rejects.toMatchObject({ messageKey: 'shiftNotOpen' });
    expect(await db.auditEntry.count({ where: { targetId: shift.id } })).toBe(1);
  });

  it("cannot close someone else's shift, not even the owner", async () => {
    const { owner, shift, expected } = await shiftWithSales();
    await expect(
      closeShift({ actor: owner, shiftId: shift.id, countedCash: expected, note: '' }),
    ).rejects.toMatchObject({ messageKey: 'shiftNotOpen' });
    expect(await db.shift.findUniqueOrThrow({ where: { id: shift.id } })).toMatchObject({
      closedAt: null,
    });
  });
});

describe('getShiftReport', () => {
  it('sums sales by status and biller, earnings, and lists pending sales', async () => {
    const { outlet, owner } = await createOutlet();
    const cashier = await addCashier(outlet.id);
    const shift = await openShift({ actor: cashier, openingCash: 100_000 });
    const base = { outletId: outlet.id, shiftId: shift.id, userId: cashier.id };
    await insertSale({
      ...base,
      status: 'SUCCESS',
      totalAmount: 52_500,
      outletMarkup: 2_000,
      commission: 1_500,
      billerCode: 'PLN_PREPAID',
    });
    await insertSale({
      ...base,
      status: 'SUCCESS',
      totalAmount: 60_000,
      outletMarkup: 2_000,
      commission: 1_000,
    });
    await insertSale({
      ...base,
      status: 'PENDING_BILLER',
      totalAmount: 80_000,
      outletMarkup: 2_000,
      commission: 1_000,
    });
    await insertSale({ ...base, status: 'FAILED', totalAmount: 30_000 });
    await insertSale({ ...base, status: 'INQUIRED', totalAmount: 10_000, cashReceived: null });

    const report = await getShiftReport({ actor: cashier, shiftId: shift.id, locale: 'id' });
    expect(report.open).toBe(true);
    expect(report.expectedCash).toBe(100_000 + 54_500 + 62_000 + 82_000);
    expect(report.sales).toHaveLength(4);
    expect(report.pending.map((s) => s.status)).toEqual(['PENDING_BILLER']);
    expect(report.summary).toMatchObject({
      collected: 54_500 + 62_000 + 82_000,
      salesCount: 3,
      commission: 2_500,
      markup: 4_000,
      pendingCount: 1,
      failedCount: 1,
    });
    expect(report.summary.byStatus).toEqual([
      { status: 'SUCCESS', count: 2, amount: 116_500 },
      { status: 'PENDING_BILLER', count: 1, amount: 82_000 },
      { status: 'FAILED', count: 1, amount: 30_000 },
    ]);
    expect(report.summary.byBiller.map((b) => [b.code, b.count, b.amount])).toEqual([
      ['PDAM_BDG', 2, 144_000],
      ['PLN_PREPAID', 1, 54_500],
    ]);
    // The owner reads it too.
    await expect(
      getShiftReport({ actor: owner, shiftId: shift.id, locale: 'en' }),
    ).resolves.toMatchObject({ id: shift.id, cashierName: 'Kasir Uji' });
  });

  it("keeps other outlets' and other cashiers' shifts out of reach", async () => {
    const { outlet } = await createOutlet();
    const cashier = await addCashier(outlet.id);
    const colleague = await addCashier(outlet.id, 'Kasir Lain');
    const shift = await openShift({ actor: cashier, openingCash: 0 });
    const { owner: otherOwner, outlet: otherOutlet } = await createOutlet();
    const stranger = await addCashier(otherOutlet.id);
    for (const actor of [colleague, otherOwner, stranger]) {
      await expect(
        getShiftReport({ actor, shiftId: shift.id, locale: 'id' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', messageKey: 'shiftNotFound' });
    }
    const { actor: customer } = await createUser();
    await expect(
      getShiftReport({ actor: customer, shiftId: shift.id, locale: 'id' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listShifts({ actor: colleague })).rows).toEqual([]);
    expect((await listShifts({ actor: cashier })).rows.map((r) => r.id)).toEqual([shift.id]);
  });
});

describe('dailyRecap', () => {
  it('recaps one WIB day per cashier for the owner only', async () => {
    const { outlet, owner } = await createOutlet();
    const ani = await addCashier(outlet.id, 'Ani');
    const budi = await addCashier(outlet.id, 'Budi');
    // 24 Nov 2026 in Jakarta: 08.00 and 20.00 WIB; the third shift opens on the 25th (00.30 WIB).
    const aniShift = await openShift({
      actor: ani,
      openingCash: 100_000,
      now: new Date('2026-11-24T01:00:00Z'),
    });
    await insertSale({
      outletId: outlet.id,
      shiftId: aniShift.id,
      userId: ani.id,
      status: 'SUCCESS',
      totalAmount: 50_000,
      outletMarkup: 2_000,
      commission: 1_000,
    });
    await closeShift({
      actor: ani,
      shiftId: aniShift.id,
      countedCash: 150_000,
      note: 'Kurang Rp2.000',
    });
    const budiShift = await openShift({
      actor: budi,
      openingCash: 50_000,
      now: new Date('2026-11-24T13:00:00Z'),
    });
    await insertSale({
      outletId: outlet.id,
      shiftId: budiShift.id,
      userId: budi.id,
      status: 'SUCCESS',
      totalAmount: 20_000,
      commission: 500,
    });
    await insertSale({
      outletId: outlet.id,
      shiftId: budiShift.id,
      userId: budi.id,
      status: 'FAILED',
      totalAmount: 99_000,
    });
    await closeShift({ actor: budi, shiftId: budiShift.id, countedCash: 75_000, note: 'Lebih' });
    await openShift({ actor: ani, openingCash: 0, now: new Date('2026-11-24T17:30:00Z') });

    const recap = await dailyRecap({ actor: owner, date: '2026-11-24', locale: 'id' });
    expect(recap).toMatchObject([
      {
        cashierName: 'Ani',
        openShifts: 0,
        salesCount: 1,
        collected: 52_000,
        commission: 1_000,
        markup: 2_000,
        cashDifference: -2_000,
      },
      {
        cashierName: 'Budi',
        openShifts: 0,
        salesCount: 1,
        collected: 20_000,
        commission: 500,
        failedCount: 1,
        cashDifference: 5_000,
      },
    ]);
    expect(recap[0]?.shifts).toHaveLength(1);
    const nextDay = await dailyRecap({ actor: owner, date: '2026-11-25', locale: 'id' });
    expect(nextDay).toMatchObject([{ cashierName: 'Ani', openShifts: 1, salesCount: 0 }]);

    await expect(
      dailyRecap({ actor: ani, date: '2026-11-24', locale: 'id' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      dailyRecap({ actor: owner, date: '2026-02-30', locale: 'id' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
