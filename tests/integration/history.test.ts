import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createSqliteAdapterFactory, sqliteFilePath } from '@/lib/db/sqlite-adapter';
import { env } from '@/lib/env';
import { historyFiltersSchema, type HistoryFilters } from '@/lib/domain/history';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import { timelineStepKey } from '@/lib/domain/transaction-timeline';
import { PrismaClient } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/server/actor';
import { sendRefunds } from '@/lib/server/jobs/send-refunds';
import { exportHistory, EXPORT_BATCH_SIZE } from '@/lib/server/transactions/export-history';
import { getTransactionDetail } from '@/lib/server/transactions/get-transaction-detail';
import { HISTORY_ORDER, historyWhere } from '@/lib/server/transactions/history-where';
import { listHistory } from '@/lib/server/transactions/list-history';
import { seedCatalogueForTests } from '../support/catalogue';
import { createUser } from '../support/factories';
import {
  checkout,
  idpel,
  startPaymentHarness,
  statusPath,
  verifiedCustomer,
  waitForStatus,
  type PaymentHarness,
} from '../support/payments';

// The customer's history against a real SQLite file. List and filter rules are checked on rows
// written directly (fast, and any date can be chosen); the detail's timeline on payments run
// through the sandbox to SUCCESS and to REFUNDED.

const filters = (params: Record<string, unknown> = {}): HistoryFilters =>
  historyFiltersSchema.parse(params);

// The events each final state is reached through, from the state machine.
const PATHS: Record<string, TransactionStatus[]> = {
  INQUIRED: ['INQUIRED'],
  EXPIRED_INQUIRY: ['INQUIRED', 'EXPIRED'],
  AWAITING_PAYMENT: ['INQUIRED', 'AWAITING_PAYMENT'],
  EXPIRED: ['INQUIRED', 'AWAITING_PAYMENT', 'EXPIRED'],
  PROCESSING: ['INQUIRED', 'AWAITING_PAYMENT', 'PAID', 'PROCESSING'],
  PENDING_BILLER: ['INQUIRED', 'AWAITING_PAYMENT', 'PAID', 'PROCESSING', 'PENDING_BILLER'],
  SUCCESS: ['INQUIRED', 'AWAITING_PAYMENT', 'PAID', 'PROCESSING', 'SUCCESS'],
  FAILED: ['INQUIRED', 'AWAITING_PAYMENT', 'PAID', 'PROCESSING', 'FAILED'],
  REFUNDED: ['INQUIRED', 'AWAITING_PAYMENT', 'PAID', 'PROCESSING', 'FAILED', 'REFUNDED'],
};

let billers: Record<string, string>;

/** A transaction row with its events, as the use cases would have left it. */
async function addTransaction(
  actor: Actor,
  input: {
    state?: keyof typeof PATHS;
    billerCode?: string;
    createdAt?: Date;
    customerNo?: string;
    customerName?: string;
    billerRef?: string | null;
  } = {},
) {
  const path = PATHS[input.state ?? 'SUCCESS']!;
  const createdAt = input.createdAt ?? new Date('2026-11-24T08:00:00Z');
  const txn = await db.transaction.create({
    data: {
      userId: actor.id,
      billerId: billers[input.billerCode ?? 'PLN_POSTPAID']!,
      status: path[path.length - 1]!,
      customerNo: input.customerNo ?? idpel(),
      customerName: input.customerName ?? 'BUDI SANTOSO',
      inquiryData: '{}',
      billAmount: 150_000,
      penalty: 5_000,
      adminFee: 2_500,
      totalAmount: 157_500,
      methodFee: path.includes('AWAITING_PAYMENT') ? 4_000 : 0,
      switchInquiryId: randomUUID(),
      expiresAt: new Date(createdAt.getTime() + 15 * 60_000),
      billerRef: input.billerRef ?? null,
      createdAt,
      events: {
        create: path.map((toStatus, index) => ({
          fromStatus: index === 0 ? null : path[index - 1]!,
          toStatus,
          actorType: 'SYSTEM',
          reason: 'test',
          createdAt: new Date(createdAt.getTime() + index * 60_000),
        })),
      },
    },
  });
  return txn.id;
}

async function ids(actor: Actor, params: Record<string, unknown> = {}) {
  const page = await listHistory({ actor, filters: filters(params), locale: 'id' });
  return page.rows.map((row) => row.id);
}

async function csvOf(actor: Actor, params: Record<string, unknown> = {}) {
  const { chunks, filename } = await exportHistory({
    actor,
    filters: filters(params),
    locale: 'id',
    now: new Date('2026-11-24T17:30:00Z'),
  });
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return { text, filename };
}

/** RFC 4180 records, to check that what was written reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && char === '"') {
      quoted = false;
    } else if (quoted) {
      cell += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',' || (char === '\r' && text[i + 1] === '\n')) {
      record.push(cell);
      cell = '';
      if (char === '\r') {
        records.push(record);
        record = [];
        i++;
      }
    } else {
      cell += char;
    }
  }
  return records;
}

beforeAll(async () => {
  await seedCatalogueForTests();
  const rows = await db.biller.findMany({ select: { code: true, id: true } });
  billers = Object.fromEntries(rows.map((row) => [row.code, row.id]));
});

describe('whose history', () => {
  it('lists only the signed-in customer’s own rows; another’s detail is not found', async () => {
    const { actor: mine } = await createUser();
    const { actor: theirs } = await createUser();
    const own = await addTransaction(mine);
    const other = await addTransaction(theirs, { customerNo: '532100009999' });

    expect(await ids(mine)).toEqual([own]);
    expect(await ids(mine, { q: '532100009999' })).toEqual([]);
    expect(await ids(mine, { q: other })).toEqual([]);
    await expect(
      getTransactionDetail({ actor: mine, transactionId: other, locale: 'id' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', messageKey: 'transactionNotFound' });
    const { text } = await csvOf(mine);
    expect(text).toContain(own);
    expect(text).not.toContain(other);
  });

  it('refuses agents, admins and anonymous callers', async () => {
    const { actor: customer } = await createUser();
    const txn = await addTransaction(customer);
    for (const role of ['AGENT', 'ADMIN'] as const) {
      const { actor } = await createUser({ role });
      await expect(listHistory({ actor, filters: filters(), locale: 'id' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(
        getTransactionDetail({ actor, transactionId: txn, locale: 'id' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        exportHistory({ actor, filters: filters(), locale: 'id' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(
      listHistory({ actor: null, filters: filters(), locale: 'id' }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(
      exportHistory({ actor: null, filters: filters(), locale: 'id' }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('filters', () => {
  let actor: Actor;
  const made: Record<string, string> = {};

  beforeAll(async () => {
    ({ actor } = await createUser());
    let minute = 0;
    for (const state of Object.keys(PATHS)) {
      made[state] = await addTransaction(actor, {
        state,
        createdAt: new Date(Date.UTC(2026, 10, 20, 3, minute++)),
      });
    }
    made.water = await addTransaction(actor, {
      billerCode: 'PDAM_BDG',
      customerNo: '87654321',
      createdAt: new Date('2026-11-21T03:00:00Z'),
    });
    made.phone = await addTransaction(actor, {
      billerCode: 'MOBILE_CREDIT',
      customerNo: '081234567890',
      billerRef: 'TSEL-REF-7781',
      createdAt: new Date('2026-11-21T04:00:00Z'),
    });
  });

  it('never lists a bill check nobody paid; lists an expired checkout', async () => {
    const all = await ids(actor);
    expect(all).not.toContain(made.INQUIRED);
    expect(all).not.toContain(made.EXPIRED_INQUIRY);
    expect(all).toContain(made.EXPIRED);
    expect(all).toHaveLength(Object.keys(PATHS).length - 2 + 2);
  });

  it.each([
    ['success', ['SUCCESS', 'water', 'phone']],
    ['pending', ['AWAITING_PAYMENT', 'PROCESSING', 'PENDING_BILLER']],
    ['failed', ['FAILED']],
    ['refunded', ['REFUNDED']],
    ['expired', ['EXPIRED']],
  ])('status %s', async (status, expected) => {
    expect((await ids(actor, { status })).sort()).toEqual(expected.map((k) => made[k]).sort());
  });

  it('category', async () => {
    expect(await ids(actor, { category: 'water' })).toEqual([made.water]);
    expect(await ids(actor, { category: 'phone', status: 'failed' })).toEqual([]);
  });

  it('search by customer number, in part and with separators', async () => {
    expect(await ids(actor, { q: '87654321' })).toEqual([made.water]);
    expect(await ids(actor, { q: '0812-3456 7890' })).toEqual([made.phone]);
    expect(await ids(actor, { q: '654321' })).toEqual([made.water]);
    expect(await ids(actor, { q: '3456' })).toContain(made.phone);
  });

  it('search by Loket transaction id, biller reference and receipt number', async () => {
    expect(await ids(actor, { q: made.FAILED })).toEqual([made.FAILED]);
    expect(await ids(actor, { q: made.FAILED!.toUpperCase() })).toEqual([made.FAILED]);
    expect(await ids(actor, { q: 'tsel-ref-7781' })).toEqual([made.phone]);
    const number = `LKT-2026-${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    await db.receipt.create({
      data: { number, transactionId: made.SUCCESS!, data: '{}', issuedAt: new Date() },
    });
    expect(await ids(actor, { q: number.toLowerCase() })).toEqual([made.SUCCESS]);
  });

  it('dates are Jakarta calendar days, `to` inclusive', async () => {
    const { actor: night } = await createUser();
    const at = async (iso: string) => addTransaction(night, { createdAt: new Date(iso) });
    const lastMinuteOf23rd = await at('2026-11-23T16:59:00Z'); // 23:59 WIB on the 23rd
    const midnight = await at('2026-11-23T17:00:00Z'); // 00:00 WIB on the 24th
    const lateEvening = await at('2026-11-24T16:30:00Z'); // 23:30 WIB on the 24th
    const after = await at('2026-11-24T17:30:00Z'); // 00:30 WIB on the 25th

    const day = { from: '2026-11-24', to: '2026-11-24' };
    expect(await ids(night, day)).toEqual([lateEvening, midnight]);
    expect(await ids(night, { to: '2026-11-24' })).toEqual([
      lateEvening,
      midnight,
      lastMinuteOf23rd,
    ]);
    expect(await ids(night, { from: '2026-11-25' })).toEqual([after]);
    const csv = parseCsv((await csvOf(night, day)).text.slice(1));
    expect(csv.slice(1).map((record) => record[0])).toEqual([
      '2026-11-24 23:30',
      '2026-11-24 00:00',
    ]);
  });
});

describe('pages', () => {
  it('20 a page, newest first, none repeated or skipped when times are equal', async () => {
    const { actor } = await createUser();
    const sameMinute = new Date('2026-11-22T05:00:00Z');
    const made: string[] = [];
    for (let i = 0; i < 45; i++) {
      made.push(
        await addTransaction(actor, {
          createdAt: i % 3 === 0 ? sameMinute : new Date(Date.UTC(2026, 10, 1, 0, i)),
        }),
      );
    }
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const result = await listHistory({ actor, filters: filters({ page }), locale: 'id' });
      expect(result).toMatchObject({ total: 45, page, pageCount: 3 });
      expect(result.rows).toHaveLength(page === 3 ? 5 : 20);
      seen.push(...result.rows.map((row) => row.id));
    }
    expect(new Set(seen).size).toBe(45);
    expect(seen.sort()).toEqual(made.sort());
    const first = await listHistory({ actor, filters: filters(), locale: 'en' });
    const times = first.rows.map((row) => row.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(first.rows[0]).toMatchObject({
      billerName: 'PLN electricity bill',
      category: 'electricity',
      amount: 161_500,
      status: 'SUCCESS',
    });
  });
});

describe('the CSV export', () => {
  it('starts with the BOM, quotes and defuses text, writes rupiah as integers', async () => {
    const { actor } = await createUser();
    const id = await addTransaction(actor, {
      customerName: '=HYPERLINK("http://evil.example","klik")',
      customerNo: '532100000001',
      createdAt: new Date('2026-11-24T07:05:00Z'),
    });
    await addTransaction(actor, {
      customerName: 'Toko "Maju", Jaya\nCabang 2',
      createdAt: new Date('2026-11-24T06:00:00Z'),
    });
    const { text, filename } = await csvOf(actor);
    expect(filename).toBe('loket-riwayat-20261125.csv');
    expect(text.startsWith('\uFEFFTanggal (WIB),ID transaksi,Kategori,Biller,')).toBe(true);
    expect(text).toContain(`'=HYPERLINK(""http://evil.example"",""klik"")"`);
    const [header, first, second] = parseCsv(text.slice(1));
    expect(header).toHaveLength(16);
    expect(first).toEqual([
      '2026-11-24 14:05',
      id,
      'Listrik PLN',
      'PLN Tagihan Listrik',
      '',
      '532100000001',
      `'=HYPERLINK("http://evil.example","klik")`,
      'Berhasil',
      '150000',
      '5000',
      '2500',
      '4000',
      '161500',
      '',
      '',
      '',
    ]);
    expect(second?.[6]).toBe('Toko "Maju", Jaya\nCabang 2');
  });

  it('walks every batch once, ties on the batch boundary included', async () => {
    const { actor } = await createUser();
    const createdAt = new Date('2026-11-10T01:00:00Z');
    const count = EXPORT_BATCH_SIZE * 2 + 7;
    await db.transaction.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        userId: actor.id,
        billerId: billers.PLN_POSTPAID!,
        status: 'SUCCESS' as const,
        customerNo: `5321${String(i).padStart(8, '0')}`,
        customerName: 'SAMA WAKTU',
        inquiryData: '{}',
        billAmount: 1_000,
        penalty: 0,
        adminFee: 0,
        totalAmount: 1_000,
        switchInquiryId: randomUUID(),
        expiresAt: createdAt,
        // Most rows share one instant, so the cursor must use the id to move on.
        createdAt: i % 10 === 0 ? new Date(createdAt.getTime() + i) : createdAt,
      })),
    });
    const records = parseCsv((await csvOf(actor)).text.slice(1)).slice(1);
    expect(records).toHaveLength(count);
    expect(new Set(records.map((record) => record[1])).size).toBe(count);
  });
});

describe('the default list query', () => {
  it('reads the (userId, createdAt) index, newest first, without a full sort', async () => {
    const { actor } = await createUser();
    const captured: { query: string; params: string }[] = [];
    const client = new PrismaClient({
      adapter: createSqliteAdapterFactory(env.DATABASE_URL),
      log: [{ emit: 'event', level: 'query' }],
    });
    client.$on('query', (event) => captured.push(event));
    try {
      await client.transaction.findMany({
        where: historyWhere(actor.id, filters()),
        orderBy: HISTORY_ORDER,
        take: 20,
        select: { id: true, biller: { select: { nameId: true } } },
      });
    } finally {
      await client.$disconnect();
    }
    const list = captured.find((q) => q.query.includes('FROM `main`.`Transaction`'));
    expect(list, JSON.stringify(captured)).toBeDefined();
    const sqlite = new Database(sqliteFilePath(env.DATABASE_URL), { readonly: true });
    try {
      const plan = sqlite
        .prepare(`EXPLAIN QUERY PLAN ${list!.query}`)
        .all(...(JSON.parse(list!.params) as unknown[])) as { detail: string }[];
      const details = plan.map((row) => row.detail).join('\n');
      expect(details).toMatch(
        /SEARCH .*Transaction.* USING INDEX Transaction_userId_createdAt_idx/,
      );
      expect(details).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    } finally {
      sqlite.close();
    }
  });
});

describe('the detail of real payments', () => {
  let h: PaymentHarness;
  beforeAll(async () => {
    h = await startPaymentHarness();
  });
  afterAll(() => h?.stop());

  it('a paid bill: breakdown, method, receipt and the whole timeline in order', async () => {
    const actor = await verifiedCustomer();
    const { transactionId, charge } = await checkout(h, { actor, channel: 'BCA' });
    await h.payCharge(charge.gatewayChargeId);
    await waitForStatus(transactionId, 'SUCCESS');
    await h.quiesce(transactionId);

    const detail = await getTransactionDetail({ actor, transactionId, locale: 'id' });
    expect(detail).toMatchObject({
      status: 'SUCCESS',
      payment: { channel: 'BCA', cardLast4: null },
      receiptNumber: expect.stringMatching(/^LKT-\d{4}-\d{8}$/),
      refunds: [],
    });
    expect(detail.amounts.total).toBe(charge.amount);
    expect(
      detail.amounts.bill +
        detail.amounts.penalty +
        detail.amounts.adminFee +
        detail.amounts.methodFee,
    ).toBe(charge.amount);
    expect(detail.timeline.map(timelineStepKey)).toEqual(await statusPath(transactionId));
    expect(await ids(actor, { q: detail.receiptNumber })).toEqual([transactionId]);
  });

  it('a bill the biller refused: failed, then the refund, then refunded', async () => {
    const actor = await verifiedCustomer();
    const { transactionId, charge } = await checkout(h, { actor, customerNo: idpel('0002') });
    await h.payCharge(charge.gatewayChargeId);
    await waitForStatus(transactionId, 'FAILED');
    expect(await ids(actor, { status: 'failed' })).toEqual([transactionId]);
    await sendRefunds({ gateway: h.gateway });
    await waitForStatus(transactionId, 'REFUNDED');
    await h.quiesce(transactionId);

    const detail = await getTransactionDetail({ actor, transactionId, locale: 'id' });
    expect(detail.refunds).toMatchObject([{ amount: charge.amount, status: 'SUCCEEDED' }]);
    expect(detail.receiptNumber).toBeNull();
    expect(detail.timeline.map(timelineStepKey)).toEqual([
      'INQUIRED',
      'AWAITING_PAYMENT',
      'PAID',
      'PROCESSING',
      'FAILED',
      'refundRequested',
      'REFUNDED',
    ]);
    expect(await ids(actor, { status: 'refunded' })).toEqual([transactionId]);
    expect(await ids(actor, { status: 'failed' })).toEqual([]);
  });
});
