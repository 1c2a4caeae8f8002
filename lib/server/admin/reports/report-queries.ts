import 'server-only';
import { db } from '@/lib/db';
import type { CommissionRow, RevenueRow, VolumeRow } from '@/lib/domain/reports';
import { Prisma } from '@/lib/generated/prisma/client';

// Grouped SQL for the reports: one row per period, outlet or biller, never the rows behind them.
// Periods are Jakarta (WIB) days or months: the stored instant plus 7 hours.

const num = (value: unknown) => Number(value ?? 0);
type Range = { start: Date; end: Date };

/**
 * Fee revenue from the ledger's own postings, the one source that already nets every refund:
 * credits to fee_revenue are fees earned on posted sales (admin fee and payment-method fee,
 * online and at the counter), debits are fees given back by refunds; agent commissions are the
 * debits to agent_commission. The (accountId, createdAt) index serves each account's range.
 */
export async function revenueBy(unit: 'day' | 'month', range: Range): Promise<RevenueRow[]> {
  const format = Prisma.raw(unit === 'day' ? `'%Y-%m-%d'` : `'%Y-%m'`);
  const rows = await db.$queryRaw<Record<keyof RevenueRow, unknown>[]>`
    SELECT strftime(${format}, e."createdAt", '+7 hours') AS "period",
      SUM(CASE WHEN a."code" = 'fee_revenue' THEN e."credit" ELSE 0 END) AS "earned",
      SUM(CASE WHEN a."code" = 'fee_revenue' THEN e."debit" ELSE 0 END) AS "returned",
      SUM(CASE WHEN a."code" = 'agent_commission' THEN e."debit" - e."credit" ELSE 0 END)
        AS "commissions"
    FROM "LedgerEntry" e JOIN "LedgerAccount" a ON a."id" = e."accountId"
    WHERE a."code" IN ('fee_revenue', 'agent_commission')
      AND e."createdAt" >= ${range.start} AND e."createdAt" < ${range.end}
    GROUP BY 1
    ORDER BY 1`;
  return rows.map((row) => ({
    period: String(row.period),
    earned: num(row.earned),
    returned: num(row.returned),
    commissions: num(row.commissions),
  }));
}

/** Commission of the successful counter sales of the period, per outlet, largest first. */
export async function commissionsByOutlet(range: Range): Promise<CommissionRow[]> {
  const rows = await db.$queryRaw<Record<keyof CommissionRow, unknown>[]>`
    SELECT o."id" AS "outletId", o."name" AS "outletName",
      COUNT(*) AS "sales", SUM(t."commission") AS "commission"
    FROM "Transaction" t JOIN "Outlet" o ON o."id" = t."outletId"
    WHERE t."outletId" IS NOT NULL AND t."status" = 'SUCCESS'
      AND t."createdAt" >= ${range.start} AND t."createdAt" < ${range.end}
    GROUP BY o."id", o."name"
    ORDER BY "commission" DESC, o."name" ASC`;
  return rows.map((row) => ({
    outletId: String(row.outletId),
    outletName: String(row.outletName),
    sales: num(row.sales),
    commission: num(row.commission),
  }));
}

/** Successful payments of the period per biller: how many, the bills paid and our admin fees. */
export async function volumeByBiller(range: Range, locale: 'id' | 'en'): Promise<VolumeRow[]> {
  const name = Prisma.raw(locale === 'en' ? `b."nameEn"` : `b."nameId"`);
  const rows = await db.$queryRaw<Record<keyof VolumeRow, unknown>[]>`
    SELECT b."code" AS "billerCode", ${name} AS "billerName",
      COUNT(*) AS "count", SUM(t."billAmount" + t."penalty") AS "billAmount",
      SUM(t."adminFee") AS "adminFees"
    FROM "Transaction" t JOIN "Biller" b ON b."id" = t."billerId"
    WHERE t."status" = 'SUCCESS'
      AND t."createdAt" >= ${range.start} AND t."createdAt" < ${range.end}
    GROUP BY b."id"
    ORDER BY "billAmount" DESC, b."code" ASC`;
  return rows.map((row) => ({
    billerCode: String(row.billerCode),
    billerName: String(row.billerName),
    count: num(row.count),
    billAmount: num(row.billAmount),
    adminFees: num(row.adminFees),
  }));
}
