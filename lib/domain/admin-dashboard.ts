import type { Rupiah } from './money';

// What the admin's dashboard reads from the day's numbers: Jakarta calendar days, success rates,
// and when a biller counts as failing.

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The Jakarta calendar date of an instant, YYYY-MM-DD (WIB is UTC+7 all year). */
export function wibDayKey(instant: Date): string {
  const wib = new Date(instant.getTime() + WIB_OFFSET_MS);
  return `${wib.getUTCFullYear()}-${pad(wib.getUTCMonth() + 1)}-${pad(wib.getUTCDate())}`;
}

/** The instant the Jakarta day of `instant` began. */
export function wibDayStartOf(instant: Date): Date {
  const shifted = instant.getTime() + WIB_OFFSET_MS;
  return new Date(shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - WIB_OFFSET_MS);
}

/** The instant the Jakarta month of `instant` began. */
export function wibMonthStartOf(instant: Date): Date {
  const wib = new Date(instant.getTime() + WIB_OFFSET_MS);
  return new Date(Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), 1) - WIB_OFFSET_MS);
}

/** The last `count` Jakarta days up to and including today's, oldest first. */
export function lastWibDays(now: Date, count: number): { key: string; start: Date }[] {
  const today = wibDayStartOf(now).getTime();
  return Array.from({ length: count }, (_, index) => {
    const start = new Date(today - (count - 1 - index) * DAY_MS);
    return { key: wibDayKey(start), start };
  });
}

export type DayTotals = {
  /** Payments whose money was taken (or is being taken) that day. */
  count: number;
  /** The biller paid (including sales refunded later by an admin). */
  succeeded: number;
  /** The biller refused, automatically or as an admin resolved it. */
  failed: number;
  /** What customers paid for the succeeded ones. */
  amount: Rupiah;
};

export const NO_TOTALS: DayTotals = { count: 0, succeeded: 0, failed: 0, amount: 0 };

/** Every day of `days`, with zeros for a day nothing happened. */
export function fillDays<T extends { key: string }>(
  days: readonly T[],
  rows: ReadonlyMap<string, DayTotals>,
): (T & DayTotals)[] {
  return days.map((day) => ({ ...day, ...(rows.get(day.key) ?? NO_TOTALS) }));
}

/** Succeeded out of finished (pending ones are not counted yet); null before anything finished. */
export function successRate(totals: Pick<DayTotals, 'succeeded' | 'failed'>): number | null {
  const finished = totals.succeeded + totals.failed;
  return finished === 0 ? null : totals.succeeded / finished;
}

// ---------------------------------------------------------------------------------------------
// A failing biller: customers are being refused or left waiting, and someone should look at it
// (switch to maintenance, call the aggregator).

export const BILLER_ALERT = {
  /** Failures plus unanswered payments in the short window that raise the alert. */
  recentProblems: 3,
  recentWindowMinutes: 30,
  /** The rate rule looks at this many of the biller's latest finished payments... */
  sampleSize: 20,
  /** ...finished within this many hours... */
  sampleWindowHours: 24,
  /** ...and needs at least this many of them before a rate means anything. */
  minSample: 5,
  /** More than this share failed. */
  failureShare: 0.5,
} as const;

export type BillerHealth = {
  /** Payments the biller refused in the short window. */
  recentFailures: number;
  /** Payments still without an answer (switch error, timeout) touched in the short window. */
  recentUnanswered: number;
  /** Of its latest finished payments (at most `sampleSize`, within the sample window). */
  sample: number;
  sampleFailures: number;
};

export type BillerAlertReason = 'recentProblems' | 'failureRate';

/**
 * Why a biller counts as failing, or null: 3 or more refusals or unanswered payments in the last
 * 30 minutes, or more than half of its last 20 finished payments of the past 24 hours refused
 * (once there are at least 5).
 */
export function billerAlert(health: BillerHealth): BillerAlertReason | null {
  if (health.recentFailures + health.recentUnanswered >= BILLER_ALERT.recentProblems) {
    return 'recentProblems';
  }
  if (
    health.sample >= BILLER_ALERT.minSample &&
    health.sampleFailures / health.sample > BILLER_ALERT.failureShare
  ) {
    return 'failureRate';
  }
  return null;
}

/** How long ago, in whole minutes (never negative). */
export function minutesSince(instant: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - instant.getTime()) / 60_000));
}
