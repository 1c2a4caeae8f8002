import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import type { Actor } from '@/lib/server/actor';
import { getDashboard } from '@/lib/server/admin/dashboard/get-dashboard';
import { ledgerHealth } from '@/lib/server/admin/dashboard/ledger-health';
import { AppError } from '@/lib/server/errors';
import { seedCatalogueForTests } from '../support/catalogue';
import { createUser } from '../support/factories';

// The dashboard's numbers against a known set of rows, written straight into this file's own
// database: Jakarta day boundaries, success rates, the category split, and the alerts.

// 12:00 WIB on Tuesday 24 November 2026; the Jakarta day began at 2026-11-23T17:00:00Z.
const NOW = new Date('2026-11-24T05:00:00Z');
const TODAY = new Date('2026-11-23T17:00:00Z');
const minutes = (n: number) => n * 60_000;
const at = (ms: number) => new Date(NOW.getTime() - ms);

let admin: Actor;
let customerId: string;
const billers: Record<string, string> = {};

type Row = {
  biller: 'PLN_POSTPAID' | 'PDAM_BDG' | 'PLN_PREPAID' | 'MOBILE_CREDIT';
  status: TransactionStatus;
  createdAt: Date;
  total?: number;
  failed?: boolean | string;
  completedAt?: Date;
  updatedAt?: Date;
  paidAt?: Date | null;
};

async function insert(row: Row) {
  const total = row.total ?? 100_000;
  const finished = ['SUCCESS', 'FAILED', 'REFUNDED'].includes(row.status);
  await db.transaction.create({
    data: {
      userId: customerId,
      billerId: billers[row.biller]!,
      status: row.status,
      customerNo: '532100000001',
      customerName: 'Uji Dasbor',
      inquiryData: '{"details":{},"periods":[]}',
      billAmount: total - 2_500,
      penalty: 0,
      adminFee: 2_500,
      totalAmount: total,
      methodFee: 0,
      switchInquiryId: randomUUID(),
      expiresAt: row.createdAt,
      createdAt: row.createdAt,
      paidAt: row.paidAt === undefined ? row.createdAt : row.paidAt,
      completedAt: finished ? (row.completedAt ?? row.createdAt) : null,
      failureReason: typeof row.failed === 'string' ? row.failed : row.failed ? 'FAILED' : null,
      updatedAt: row.updatedAt ?? row.completedAt ?? row.createdAt,
    },
  });
}

beforeAll(async () => {
  await seedCatalogueForTests();
  admin = (await createUser({ role: 'ADMIN' })).actor;
  customerId = (await createUser()).user.id;
  for (const code of ['PLN_POSTPAID', 'PDAM_BDG', 'PLN_PREPAID', 'MOBILE_CREDIT']) {
    billers[code] = (await db.biller.findUniqueOrThrow({ where: { code } })).id;
  }
  const rows: Row[] = [
    // Today (WIB), from its very first millisecond.
    { biller: 'PLN_POSTPAID', status: 'SUCCESS', createdAt: TODAY, total: 120_000 },
    { biller: 'PLN_POSTPAID', status: 'SUCCESS', createdAt: at(minutes(60)), total: 80_000 },
    // An admin refunded it after the biller paid: still a biller success.
    { biller: 'PDAM_BDG', status: 'REFUNDED', createdAt: at(minutes(50)), total: 50_000 },
    // Refunded after the biller refused: a failure.
    { biller: 'PDAM_BDG', status: 'REFUNDED', createdAt: at(minutes(40)), failed: true },
    // Stopped by a fraud rule before the biller saw it: a payment, but not the biller's failure.
    {
      biller: 'PLN_POSTPAID',
      status: 'FAILED',
      createdAt: at(minutes(35)),
      failed: 'FRAUD_REJECTED',
    },
    // Money taken, no answer yet: counted, not in the rate. One waits past the 15 minutes.
    { biller: 'PLN_PREPAID', status: 'PENDING_BILLER', createdAt: at(minutes(20)) },
    { biller: 'PLN_PREPAID', status: 'PENDING_BILLER', createdAt: at(minutes(5)) },
    { biller: 'PLN_PREPAID', status: 'PROCESSING', createdAt: at(minutes(1)) },
    // Not payments: a bill check nobody paid, a checkout that expired.
    { biller: 'PLN_POSTPAID', status: 'INQUIRED', createdAt: at(minutes(30)), paidAt: null },
    { biller: 'PLN_POSTPAID', status: 'EXPIRED', createdAt: at(minutes(30)), paidAt: null },
    // The last millisecond of yesterday (WIB), and a week ago.
    { biller: 'PLN_POSTPAID', status: 'SUCCESS', createdAt: new Date(TODAY.getTime() - 1) },
    { biller: 'PLN_POSTPAID', status: 'FAILED', createdAt: at(minutes(60 * 24 * 7)), failed: true },
    // Fifteen days ago: outside the 14-day chart, but this month.
    { biller: 'PDAM_BDG', status: 'SUCCESS', createdAt: at(minutes(60 * 24 * 15)), total: 30_000 },
    // Last month: nowhere.
    { biller: 'PDAM_BDG', status: 'SUCCESS', createdAt: at(minutes(60 * 24 * 30)) },
    // MOBILE_CREDIT fails three times in the last half hour (created earlier, so not today).
    ...[10, 20, 25].map((ago) => ({
      biller: 'MOBILE_CREDIT' as const,
      status: 'FAILED' as const,
      createdAt: new Date(TODAY.getTime() - minutes(60 * 20)),
      failed: true,
      completedAt: at(minutes(ago)),
    })),
  ];
  for (const row of rows) await insert(row);
});

describe('the dashboard', () => {
  it('counts today by the Jakarta calendar, with its success rate and pending payments', async () => {
    const dashboard = await getDashboard({ actor: admin, locale: 'id', now: NOW });
    expect(dashboard.today).toEqual({
      count: 8,
      succeeded: 3,
      failed: 1,
      amount: 120_000 + 80_000 + 50_000,
      successRate: 0.75,
      key: '2026-11-24',
    });
    expect(dashboard.pending).toEqual({ count: 3, oldestAt: at(minutes(20)) });
    expect(dashboard.alerts.stalePending).toBe(1);
  });

  it('draws 14 days, oldest first, with empty days as zeros', async () => {
    const { days } = await getDashboard({ actor: admin, locale: 'id', now: NOW });
    expect(days).toHaveLength(14);
    expect(days[0]!.key).toBe('2026-11-11');
    expect(days.at(-1)!.key).toBe('2026-11-24');
    const byKey = Object.fromEntries(days.map((day) => [day.key, day]));
    // Yesterday: the last millisecond's success, and mobile credit's three failures made the day before.
    expect(byKey['2026-11-23']).toMatchObject({
      count: 4,
      succeeded: 1,
      failed: 3,
      amount: 100_000,
    });
    expect(byKey['2026-11-17']).toMatchObject({ count: 1, succeeded: 0, failed: 1, amount: 0 });
    expect(byKey['2026-11-20']).toEqual({
      key: '2026-11-20',
      count: 0,
      succeeded: 0,
      failed: 0,
      amount: 0,
      successRate: null,
    });
  });

  it('splits successful sales by category, today and this month', async () => {
    const { categories } = await getDashboard({ actor: admin, locale: 'id', now: NOW });
    const of = (category: string) => categories.find((c) => c.category === category);
    expect(categories.map((c) => c.category)).toEqual([
      'electricity',
      'water',
      'phone',
      'internet',
      'insurance',
      'tickets',
    ]);
    expect(of('electricity')).toEqual({
      category: 'electricity',
      todayCount: 2,
      todayAmount: 200_000,
      monthCount: 3,
      monthAmount: 300_000,
    });
    expect(of('water')).toEqual({
      category: 'water',
      todayCount: 1,
      todayAmount: 50_000,
      monthCount: 2,
      monthAmount: 80_000,
    });
    expect(of('phone')).toMatchObject({ todayCount: 0, monthCount: 0 });
  });

  it('raises a failing biller, and not one with a single failure', async () => {
    const { alerts } = await getDashboard({ actor: admin, locale: 'en', now: NOW });
    expect(alerts.failingBillers).toEqual([
      expect.objectContaining({
        code: 'MOBILE_CREDIT',
        reason: 'recentProblems',
        recentFailures: 3,
      }),
    ]);
  });

  it('refuses anyone but an admin', async () => {
    const agent = (await createUser({ role: 'AGENT' })).actor;
    for (const actor of [agent, null]) {
      const error = await getDashboard({ actor, locale: 'id', now: NOW }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
    }
  });
});

describe('the ledger check on the dashboard', () => {
  it('is reused for a few minutes, then run again and finds a broken posting', async () => {
    const first = await ledgerHealth({ now: NOW });
    expect(first).toMatchObject({ ok: true, problems: 0, checkedAt: NOW });

    const account = await db.ledgerAccount.create({
      data: { code: 'gateway_clearing', name: 'Gateway clearing', type: 'ASSET' },
    });
    await db.ledgerTransaction.create({
      data: {
        idempotencyKey: 'broken-by-hand',
        kind: 'TEST',
        description: 'one line only',
        entries: { create: [{ accountId: account.id, debit: 500 }] },
      },
    });
    const cached = await ledgerHealth({ now: new Date(NOW.getTime() + minutes(2)) });
    expect(cached).toEqual(first);

    const later = new Date(NOW.getTime() + minutes(6));
    const rechecked = await ledgerHealth({ now: later });
    expect(rechecked).toMatchObject({ ok: false, checkedAt: later });
    expect(rechecked.kinds).toEqual(
      expect.arrayContaining(['UNBALANCED_TRANSACTION', 'CACHED_BALANCE_MISMATCH']),
    );
    const dashboard = await getDashboard({ actor: admin, locale: 'id', now: later });
    expect(dashboard.alerts.ledger.ok).toBe(false);
  });
});
