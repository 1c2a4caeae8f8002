import 'server-only';
import { db } from '@/lib/db';
import {
  BILLER_ALERT,
  billerAlert,
  fillDays,
  lastWibDays,
  NO_TOTALS,
  successRate,
  wibDayStartOf,
  wibMonthStartOf,
  type BillerAlertReason,
  type BillerHealth,
  type DayTotals,
} from '@/lib/domain/admin-dashboard';
import { STALE_PENDING_MINUTES } from '@/lib/domain/admin-transactions';
import { BILL_CATEGORIES, categoryCode, type BillCategoryKey } from '@/lib/domain/categories';
import type { Locale } from '@/lib/domain/locale';
import { assertRole, type Actor } from '../../actor';
import { billerHealth, inFlight, totalsByCategory, totalsByDay } from './dashboard-queries';
import { ledgerHealth, type LedgerHealth } from './ledger-health';

export const DASHBOARD_DAYS = 14;

type WithRate = DayTotals & { successRate: number | null };

export type Dashboard = {
  now: Date;
  today: WithRate;
  pending: { count: number; oldestAt: Date | null };
  days: (WithRate & { key: string })[];
  categories: {
    category: BillCategoryKey;
    todayCount: number;
    todayAmount: number;
    monthCount: number;
    monthAmount: number;
  }[];
  alerts: {
    /** PENDING_BILLER payments paid longer ago than the limit. */
    stalePending: number;
    failingBillers: ({ code: string; name: string; reason: BillerAlertReason } & BillerHealth)[];
    ledger: LedgerHealth;
  };
};

const withRate = <T extends DayTotals>(totals: T): T & { successRate: number | null } => ({
  ...totals,
  successRate: successRate(totals),
});

/**
 * The back office's day at a glance: today's payments (WIB), what is waiting for a biller, the
 * last two weeks by day, today and this month by category, and what needs a person now.
 * A handful of grouped queries, whatever the number of transactions.
 */
export async function getDashboard(input: {
  actor: Actor | null;
  locale: Locale;
  now?: Date;
}): Promise<Dashboard> {
  assertRole(input.actor, ['ADMIN']);
  const now = input.now ?? new Date();
  const days = lastWibDays(now, DASHBOARD_DAYS);
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  const [byDay, byCategory, pending, health, ledger] = await Promise.all([
    totalsByDay(days[0]!.start),
    totalsByCategory({ todayStart: wibDayStartOf(now), monthStart: wibMonthStartOf(now) }),
    inFlight(minutesAgo(STALE_PENDING_MINUTES)),
    billerHealth({
      recentSince: minutesAgo(BILLER_ALERT.recentWindowMinutes),
      sampleSince: minutesAgo(BILLER_ALERT.sampleWindowHours * 60),
      sampleSize: BILLER_ALERT.sampleSize,
    }),
    ledgerHealth({ now }),
  ]);
  const series = fillDays(days, byDay).map(({ start: _, ...day }) => withRate(day));

  const failing = [...health].flatMap(([billerId, biller]) => {
    const reason = billerAlert(biller);
    return reason ? [{ billerId, reason, ...biller }] : [];
  });
  const billers = await db.biller.findMany({
    where: { id: { in: failing.map((biller) => biller.billerId) } },
    select: { id: true, code: true, nameId: true, nameEn: true },
  });

  return {
    now,
    today: withRate(series.at(-1) ?? NO_TOTALS),
    pending: { count: pending.count, oldestAt: pending.oldestAt },
    days: series,
    categories: BILL_CATEGORIES.map((category) => {
      const row = byCategory.find((c) => c.category === categoryCode(category));
      return {
        category,
        todayCount: row?.todayCount ?? 0,
        todayAmount: row?.todayAmount ?? 0,
        monthCount: row?.monthCount ?? 0,
        monthAmount: row?.monthAmount ?? 0,
      };
    }),
    alerts: {
      stalePending: pending.stale,
      failingBillers: failing.flatMap(({ billerId, ...alert }) => {
        const biller = billers.find((b) => b.id === billerId);
        if (!biller) return [];
        const name = input.locale === 'id' ? biller.nameId : biller.nameEn;
        return [{ code: biller.code, name, ...alert }];
      }),
      ledger,
    },
  };
}
