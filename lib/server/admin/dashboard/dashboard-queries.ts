import 'server-only';
import { db } from '@/lib/db';
import type { BillerHealth, DayTotals } from '@/lib/domain/admin-dashboard';
import type { BillerCategoryCode } from '@/lib/domain/categories';
import { FRAUD_REJECTED } from '@/lib/domain/fraud-rules';
import { Prisma } from '@/lib/generated/prisma/client';

// Grouped SQL for the dashboard: each query returns one row per day, category or biller, never
// the transactions themselves. Days are Jakarta days: the stored instant plus 7 hours.
//
// What counts: a payment whose money was taken (PAID onwards, held for review included).
// "Succeeded" means the biller paid (SUCCESS, or REFUNDED later by an admin: no failure reason);
// "failed" means the biller refused (FAILED, or REFUNDED after that: a failure reason).

const TAKEN = Prisma.raw(
  `t."status" IN ('PAID', 'ON_HOLD', 'PROCESSING', 'PENDING_BILLER', 'SUCCESS', 'FAILED', 'REFUNDED')`,
);
const SUCCEEDED = Prisma.raw(
  `(t."status" IN ('SUCCESS', 'REFUNDED') AND t."failureReason" IS NULL)`,
);
// A payment a fraud rule stopped never reached the biller: not the biller's failure.
const FAILED = Prisma.sql`(t."status" IN ('FAILED', 'REFUNDED') AND t."failureReason" IS NOT NULL
  AND t."failureReason" <> ${FRAUD_REJECTED})`;
const CHARGED = Prisma.raw(`(t."totalAmount" + t."methodFee")`);

const num = (value: unknown) => Number(value ?? 0);

type DayRow = { day: string; count: unknown; succeeded: unknown; failed: unknown; amount: unknown };

/** Totals per Jakarta day of the payments created since `since`. */
export async function totalsByDay(since: Date): Promise<Map<string, DayTotals>> {
  const rows = await db.$queryRaw<DayRow[]>`
    SELECT strftime('%Y-%m-%d', t."createdAt", '+7 hours') AS "day",
      COUNT(*) AS "count",
      SUM(CASE WHEN ${SUCCEEDED} THEN 1 ELSE 0 END) AS "succeeded",
      SUM(CASE WHEN ${FAILED} THEN 1 ELSE 0 END) AS "failed",
      SUM(CASE WHEN ${SUCCEEDED} THEN ${CHARGED} ELSE 0 END) AS "amount"
    FROM "Transaction" t
    WHERE t."createdAt" >= ${since} AND ${TAKEN}
    GROUP BY 1`;
  return new Map(
    rows.map((row) => [
      row.day,
      {
        count: num(row.count),
        succeeded: num(row.succeeded),
        failed: num(row.failed),
        amount: num(row.amount),
      },
    ]),
  );
}

export type CategoryTotals = {
  category: BillerCategoryCode;
  todayCount: number;
  todayAmount: number;
  monthCount: number;
  monthAmount: number;
};

/** Successful payments and their amount per biller category, today and this month. */
export async function totalsByCategory(input: {
  todayStart: Date;
  monthStart: Date;
}): Promise<CategoryTotals[]> {
  const rows = await db.$queryRaw<Record<keyof CategoryTotals, unknown>[]>`
    SELECT b."category" AS "category",
      SUM(CASE WHEN t."createdAt" >= ${input.todayStart} THEN 1 ELSE 0 END) AS "todayCount",
      SUM(CASE WHEN t."createdAt" >= ${input.todayStart} THEN ${CHARGED} ELSE 0 END)
        AS "todayAmount",
      COUNT(*) AS "monthCount",
      SUM(${CHARGED}) AS "monthAmount"
    FROM "Transaction" t JOIN "Biller" b ON b."id" = t."billerId"
    WHERE t."createdAt" >= ${input.monthStart} AND ${SUCCEEDED}
    GROUP BY b."category"`;
  return rows.map((row) => ({
    category: String(row.category) as BillerCategoryCode,
    todayCount: num(row.todayCount),
    todayAmount: num(row.todayAmount),
    monthCount: num(row.monthCount),
    monthAmount: num(row.monthAmount),
  }));
}

/** Payments with money taken and no answer from the biller yet. */
export async function inFlight(staleBefore: Date) {
  const [row] = await db.$queryRaw<{ count: unknown; oldest: unknown; stale: unknown }[]>`
    SELECT COUNT(*) AS "count",
      MIN(COALESCE(t."paidAt", t."createdAt")) AS "oldest",
      SUM(CASE WHEN t."status" = 'PENDING_BILLER' AND t."paidAt" <= ${staleBefore} THEN 1 ELSE 0 END)
        AS "stale"
    FROM "Transaction" t
    WHERE t."status" IN ('PAID', 'ON_HOLD', 'PROCESSING', 'PENDING_BILLER')`;
  return {
    count: num(row?.count),
    oldestAt: row?.oldest ? new Date(String(row.oldest)) : null,
    stale: num(row?.stale),
  };
}

/**
 * Each biller's recent trouble and its latest finished payments. Both read through the
 * (status, updatedAt) index: a finished payment's last change is at or after its completion.
 */
export async function billerHealth(input: {
  recentSince: Date;
  sampleSince: Date;
  sampleSize: number;
}): Promise<Map<string, BillerHealth>> {
  const { recentSince, sampleSince, sampleSize } = input;
  const recent = await db.$queryRaw<
    { billerId: string; recentFailures: unknown; recentUnanswered: unknown }[]
  >`
    SELECT t."billerId" AS "billerId",
      SUM(CASE WHEN ${FAILED} AND t."completedAt" >= ${recentSince} THEN 1 ELSE 0 END)
        AS "recentFailures",
      SUM(CASE WHEN t."status" = 'PENDING_BILLER' THEN 1 ELSE 0 END) AS "recentUnanswered"
    FROM "Transaction" t
    WHERE t."status" IN ('FAILED', 'REFUNDED', 'PENDING_BILLER') AND t."updatedAt" >= ${recentSince}
    GROUP BY t."billerId"`;
  const samples = await db.$queryRaw<
    { billerId: string; sample: unknown; sampleFailures: unknown }[]
  >`
    SELECT "billerId", COUNT(*) AS "sample", SUM("failed") AS "sampleFailures"
    FROM (
      SELECT t."billerId" AS "billerId", CASE WHEN ${FAILED} THEN 1 ELSE 0 END AS "failed",
        ROW_NUMBER() OVER (PARTITION BY t."billerId" ORDER BY t."completedAt" DESC, t."id" DESC)
          AS "position"
      FROM "Transaction" t
      WHERE t."status" IN ('SUCCESS', 'FAILED', 'REFUNDED')
        AND t."updatedAt" >= ${sampleSince} AND t."completedAt" >= ${sampleSince}
        AND (t."failureReason" IS NULL OR t."failureReason" <> ${FRAUD_REJECTED})
    )
    WHERE "position" <= ${sampleSize}
    GROUP BY "billerId"`;
  const health = new Map<string, BillerHealth>();
  const entry = (billerId: string) => {
    const known = health.get(billerId) ?? {
      recentFailures: 0,
      recentUnanswered: 0,
      sample: 0,
      sampleFailures: 0,
    };
    health.set(billerId, known);
    return known;
  };
  for (const row of recent) {
    Object.assign(entry(row.billerId), {
      recentFailures: num(row.recentFailures),
      recentUnanswered: num(row.recentUnanswered),
    });
  }
  for (const row of samples) {
    Object.assign(entry(row.billerId), {
      sample: num(row.sample),
      sampleFailures: num(row.sampleFailures),
    });
  }
  return health;
}
