// Monthly reminders for saved bills: which bills have them, when each is checked, and what a
// check's answer leads to. Times are WIB (UTC+7 all year, no daylight saving).

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const WIB_OFFSET_MS = 7 * HOUR_MS;

/**
 * Categories whose postpaid billers issue a new bill every month. Tickets are postpaid too, but
 * a booking is paid once: there is nothing to be reminded of.
 */
export const REMINDER_CATEGORIES = [
  'ELECTRICITY',
  'WATER',
  'PHONE',
  'INTERNET',
  'INSURANCE',
] as const;

export function billRemindersApply(biller: { kind: string; category: string }): boolean {
  return (
    biller.kind === 'POSTPAID' &&
    (REMINDER_CATEGORIES as readonly string[]).includes(biller.category)
  );
}

// Each saved bill has its own slot in the first days of the month, in waking hours, so the
// switch is not asked about every customer in the same minute and nobody is e-mailed at 3 am.
const SPREAD_DAYS = 3;
const FIRST_HOUR = 7;
const WINDOW_MINUTES = 13 * 60; // 07:00 to 20:00 WIB
const SLOTS = SPREAD_DAYS * WINDOW_MINUTES;

/** A stable slot (minutes into the spread) from the saved bill's id: FNV-1a, 32 bits. */
export function spreadSlot(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % SLOTS;
}

/** The calendar month of an instant in Jakarta: month 0-11. */
function wibMonth(now: Date): { year: number; month: number } {
  const wib = new Date(now.getTime() + WIB_OFFSET_MS);
  return { year: wib.getUTCFullYear(), month: wib.getUTCMonth() };
}

/** When a saved bill is checked in a given WIB month (month 0-11; 12 is next January). */
export function monthlyCheckAt(id: string, year: number, month: number): Date {
  const slot = spreadSlot(id);
  const day = 1 + Math.floor(slot / WINDOW_MINUTES);
  const minute = slot % WINDOW_MINUTES;
  return new Date(Date.UTC(year, month, day, FIRST_HOUR, minute) - WIB_OFFSET_MS);
}

/** The regular check: this bill's slot in the next WIB month. */
export function nextMonthlyCheckAt(id: string, now: Date): Date {
  const { year, month } = wibMonth(now);
  return monthlyCheckAt(id, year, month + 1);
}

/** Midnight WIB at the start of the next month: when a bill without reminders is looked at again. */
export function startOfNextWibMonth(now: Date): Date {
  const { year, month } = wibMonth(now);
  return new Date(Date.UTC(year, month + 1, 1) - WIB_OFFSET_MS);
}

/** How long to wait when this month's bill is not out yet. */
export const RECHECK_AFTER_MS = 3 * DAY_MS;

/** A few days on, but never past the regular check of the next month. */
export function recheckSoonAt(id: string, now: Date): Date {
  const next = nextMonthlyCheckAt(id, now);
  return new Date(Math.min(now.getTime() + RECHECK_AFTER_MS, next.getTime()));
}

export const FIRST_RETRY_MS = 15 * MINUTE_MS;
export const LONGEST_RETRY_MS = 6 * HOUR_MS;

/**
 * After no usable answer (switch down, cut-off, maintenance): wait as long as this month's
 * check has been failing, between 15 minutes and 6 hours. Retries from the monthly slot come at
 * +15 min, +30 min, +1 h, +2 h, ... without counting attempts anywhere.
 */
export function retryCheckAt(id: string, now: Date): Date {
  const { year, month } = wibMonth(now);
  const failingFor = now.getTime() - monthlyCheckAt(id, year, month).getTime();
  const delay = Math.min(Math.max(failingFor, FIRST_RETRY_MS), LONGEST_RETRY_MS);
  return new Date(now.getTime() + delay);
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The newest monthly period (YYYY-MM) among a bill's periods, or null when there is none. */
export function newestPeriod(periods: readonly { period: string }[]): string | null {
  let newest: string | null = null;
  for (const { period } of periods) {
    if (PERIOD.test(period) && (newest === null || period > newest)) newest = period;
  }
  return newest;
}

/** YYYY-MM periods sort as text. */
export const isNewerPeriod = (period: string, than: string | null) =>
  than === null || period > than;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The due date a biller gives in its inquiry details (YYYY-MM-DD), if it gives one. */
export function billDueDate(details: Record<string, string | number>): string | null {
  for (const key of ['dueDate', 'jatuhTempo']) {
    const value = details[key];
    if (typeof value === 'string' && DATE.test(value)) return value;
  }
  return null;
}

/** What one check found out. */
export type ReminderCheck =
  /** An unpaid bill; `known`: the customer already looked at this period in Loket. */
  | { kind: 'bill'; period: string; known: boolean }
  /** Nothing owed (paid, no bill), or nothing to ask about (number unknown, biller gone). */
  | { kind: 'no-bill' }
  /** The biller says this month's bill is not out yet. */
  | { kind: 'not-yet' }
  /** No usable answer: the switch was down or refused the question, the biller was closed. */
  | { kind: 'retry' };

export type ReminderPlan = {
  remind: boolean;
  nextCheckAt: Date;
  lastSeenPeriod?: string;
  lastRemindedPeriod?: string;
};

/**
 * What to do after a check: remind of a period newer than the last one reminded, once; a period
 * the customer already saw in Loket counts as reminded. An unpaid bill that is not new means
 * this month's bill is not out yet, so it is checked again in a few days.
 */
export function planReminder(input: {
  id: string;
  now: Date;
  lastRemindedPeriod: string | null;
  check: ReminderCheck;
}): ReminderPlan {
  const { id, now, check } = input;
  switch (check.kind) {
    case 'bill': {
      const seen = { lastSeenPeriod: check.period };
      if (!isNewerPeriod(check.period, input.lastRemindedPeriod)) {
        return { remind: false, nextCheckAt: recheckSoonAt(id, now), ...seen };
      }
      return {
        remind: !check.known,
        nextCheckAt: nextMonthlyCheckAt(id, now),
        ...seen,
        lastRemindedPeriod: check.period,
      };
    }
    case 'no-bill':
      return { remind: false, nextCheckAt: nextMonthlyCheckAt(id, now) };
    case 'not-yet':
      return { remind: false, nextCheckAt: recheckSoonAt(id, now) };
    case 'retry':
      return { remind: false, nextCheckAt: retryCheckAt(id, now) };
  }
}
