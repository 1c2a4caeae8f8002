import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import type { Actor } from '@/lib/server/actor';
import { exportReport } from '@/lib/server/admin/reports/export-report';
import { getReports } from '@/lib/server/admin/reports/get-reports';
import { AppError } from '@/lib/server/errors';
import { seedCatalogueForTests } from '../support/catalogue';
import { createUser } from '../support/factories';

// The reports against rows written straight into the tables, around the edges of a WIB month:
// 17:00 UTC is midnight in Jakarta.

let admin: Actor;
let customer: Actor;
const outlets: Record<'a' | 'b', string> = { a: '', b: '' };

async function account(code: string, type: string) {
  return db.ledgerAccount.upsert({
    where: { code },
    update: {},
    create: { code, name: code, type },
  });
}

/** One posting of fee revenue (earned or returned) or agent commission at an instant. */
async function post(at: string, lines: { code: string; debit?: number; credit?: number }[]) {
  const tx = await db.ledgerTransaction.create({
    data: {
      idempotencyKey: randomUUID(),
      kind: 'TEST',
      description: 'report test',
      createdAt: new Date(at),
    },
  });
  for (const line of lines) {
    const { id } = await account(line.code, line.code === 'fee_revenue' ? 'REVENUE' : 'EXPENSE');
    await db.ledgerEntry.create({
      data: {
        ledgerTransactionId: tx.id,
        accountId: id,
        debit: line.debit ?? 0,
        credit: line.credit ?? 0,
        createdAt: new Date(at),
      },
    });
  }
}

async function sale(input: {
  at: string;
  status: TransactionStatus;
  billerCode: string;
  billAmount: number;
  outletId?: string;
  commission?: number;
}) {
  const biller = await db.biller.findUniqueOrThrow({ where: { code: input.billerCode } });
  await db.transaction.create({
    data: {
      userId: customer.id,
      billerId: biller.id,
      status: input.status,
      customerNo: '12345678',
      customerName: 'PELANGGAN UJI',
      inquiryData: '{}',
      billAmount: input.billAmount,
      penalty: 0,
      adminFee: biller.adminFee,
      totalAmount: input.billAmount + biller.adminFee,
      switchInquiryId: `INQ-${randomUUID()}`,
      expiresAt: new Date(input.at),
      outletId: input.outletId ?? null,
      commission: input.commission ?? 0,
      createdAt: new Date(input.at),
    },
  });
}

beforeAll(async () => {
  await seedCatalogueForTests();
  admin = (await createUser({ role: 'ADMIN' })).actor;
  customer = (await createUser({ role: 'CUSTOMER' })).actor;
  const owner = (await createUser({ role: 'AGENT' })).user;
  for (const [key, name] of [
    ['a', 'Loket Melati'],
    ['b', '=HYPERLINK("x")'],
  ] as const) {
    const outlet = await db.outlet.create({
      data: { name, address: 'Jl. Uji', ownerId: owner.id },
    });
    outlets[key] = outlet.id;
  }

  await post('2026-09-30T16:59:59Z', [{ code: 'fee_revenue', credit: 1000 }]);
  await post('2026-09-30T17:00:00Z', [{ code: 'fee_revenue', credit: 2500 }]);
  await post('2026-10-15T05:00:00Z', [
    { code: 'fee_revenue', credit: 3000 },
    { code: 'fee_revenue', debit: 500 },
  ]);
  await post('2026-10-15T06:00:00Z', [{ code: 'agent_commission', debit: 800 }]);
  await post('2026-10-31T16:59:00Z', [{ code: 'fee_revenue', credit: 700 }]);
  await post('2026-10-31T17:00:00Z', [{ code: 'fee_revenue', credit: 9999 }]);

  const pdam = { billerCode: 'PDAM_BDG' };
  await sale({
    ...pdam,
    at: '2026-09-30T17:00:00Z',
    status: 'SUCCESS',
    billAmount: 100_000,
    outletId: outlets.a,
    commission: 1500,
  });
  await sale({
    ...pdam,
    at: '2026-10-20T03:00:00Z',
    status: 'SUCCESS',
    billAmount: 50_000,
    outletId: outlets.a,
    commission: 1500,
  });
  await sale({
    ...pdam,
    at: '2026-10-21T03:00:00Z',
    status: 'SUCCESS',
    billAmount: 70_000,
    outletId: outlets.b,
    commission: 1000,
  });
  await sale({
    ...pdam,
    at: '2026-10-21T04:00:00Z',
    status: 'FAILED',
    billAmount: 90_000,
    outletId: outlets.b,
    commission: 1000,
  });
  await sale({
    ...pdam,
    at: '2026-09-30T16:59:00Z',
    status: 'SUCCESS',
    billAmount: 80_000,
    outletId: outlets.b,
    commission: 1000,
  });
  await sale({
    billerCode: 'PLN_POSTPAID',
    at: '2026-10-31T16:00:00Z',
    status: 'SUCCESS',
    billAmount: 200_000,
  });
  await sale({
    billerCode: 'PLN_POSTPAID',
    at: '2026-10-31T17:00:00Z',
    status: 'SUCCESS',
    billAmount: 300_000,
  });
});

describe('reports of a WIB month', () => {
  it('revenue per day and per month from the ledger, cut at Jakarta midnight', async () => {
    const reports = await getReports({ actor: admin, month: '2026-10', locale: 'id' });
    expect(reports.daily).toHaveLength(31);
    const active = reports.daily.filter((row) => row.earned || row.returned || row.commissions);
    expect(active).toEqual([
      { period: '2026-10-01', earned: 2500, returned: 0, commissions: 0 },
      { period: '2026-10-15', earned: 3000, returned: 500, commissions: 800 },
      { period: '2026-10-31', earned: 700, returned: 0, commissions: 0 },
    ]);
    expect(reports.monthTotal).toEqual({
      period: '2026-10',
      earned: 6200,
      returned: 500,
      commissions: 800,
    });
    expect(reports.monthly.filter((row) => row.earned > 0)).toEqual([
      { period: '2026-09', earned: 1000, returned: 0, commissions: 0 },
      { period: '2026-10', earned: 6200, returned: 500, commissions: 800 },
      { period: '2026-11', earned: 9999, returned: 0, commissions: 0 },
    ]);
  });

  it('commissions per outlet and volume per biller count successful sales of the month only', async () => {
    const reports = await getReports({ actor: admin, month: '2026-10', locale: 'id' });
    expect(reports.commissions).toEqual([
      { outletId: outlets.a, outletName: 'Loket Melati', sales: 2, commission: 3000 },
      { outletId: outlets.b, outletName: '=HYPERLINK("x")', sales: 1, commission: 1000 },
    ]);
    const pdam = await db.biller.findUniqueOrThrow({ where: { code: 'PDAM_BDG' } });
    const pln = await db.biller.findUniqueOrThrow({ where: { code: 'PLN_POSTPAID' } });
    expect(reports.volume).toEqual([
      {
        billerCode: 'PDAM_BDG',
        billerName: pdam.nameId,
        count: 3,
        billAmount: 220_000,
        adminFees: 3 * pdam.adminFee,
      },
      {
        billerCode: 'PLN_POSTPAID',
        billerName: pln.nameId,
        count: 1,
        billAmount: 200_000,
        adminFees: pln.adminFee,
      },
    ]);
    const november = await getReports({ actor: admin, month: '2026-11', locale: 'en' });
    expect(november.volume).toEqual([
      expect.objectContaining({
        billerCode: 'PLN_POSTPAID',
        billerName: pln.nameEn,
        count: 1,
        billAmount: 300_000,
      }),
    ]);
    expect(november.commissions).toEqual([]);
  });

  it('exports each report as CSV: BOM, CRLF, quoting and the formula guard', async () => {
    const headers = {
      revenue: ['Tanggal', 'Diperoleh', 'Dikembalikan', 'Komisi', 'Bersih'],
      commissions: ['Outlet', 'Penjualan', 'Komisi'],
      volume: ['Kode', 'Biller', 'Jumlah', 'Tagihan', 'Biaya admin'],
    };
    const revenue = await exportReport({
      actor: admin,
      kind: 'revenue',
      month: '2026-10',
      locale: 'id',
      headers,
    });
    expect(revenue.filename).toBe('loket-revenue-2026-10.csv');
    expect(revenue.body.startsWith('\uFEFFTanggal,Diperoleh,Dikembalikan,Komisi,Bersih\r\n')).toBe(
      true,
    );
    expect(revenue.body).toContain('\r\n2026-10-15,3000,500,800,1700\r\n');
    expect(revenue.body.split('\r\n')).toHaveLength(1 + 31 + 1);

    const commissions = await exportReport({
      actor: admin,
      kind: 'commissions',
      month: '2026-10',
      locale: 'id',
      headers,
    });
    expect(commissions.body).toBe(
      '\uFEFFOutlet,Penjualan,Komisi\r\nLoket Melati,2,3000\r\n"\'=HYPERLINK(""x"")",1,1000\r\n',
    );
    const volume = await exportReport({
      actor: admin,
      kind: 'volume',
      month: '2026-10',
      locale: 'id',
      headers,
    });
    expect(volume.body.split('\r\n')[1]).toMatch(/^PDAM_BDG,.+,3,220000,\d+$/);
  });

  it('are for admins only, and a month that is not one is refused', async () => {
    const agent = (await createUser({ role: 'AGENT' })).actor;
    for (const actor of [customer, agent, null]) {
      const error = await getReports({ actor, month: '2026-10', locale: 'id' }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain((error as AppError).code);
    }
    const bad = await getReports({ actor: admin, month: '2026-13', locale: 'id' }).catch(
      (e: unknown) => e,
    );
    expect(bad).toMatchObject({ code: 'VALIDATION' });
  });
});
