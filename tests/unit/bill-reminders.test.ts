import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  billDueDate,
  billRemindersApply,
  FIRST_RETRY_MS,
  LONGEST_RETRY_MS,
  monthlyCheckAt,
  newestPeriod,
  nextMonthlyCheckAt,
  planReminder,
  RECHECK_AFTER_MS,
  recheckSoonAt,
  retryCheckAt,
  spreadSlot,
  startOfNextWibMonth,
} from '@/lib/domain/bill-reminders';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The Jakarta wall clock of an instant. */
function wib(date: Date) {
  const shifted = new Date(date.getTime() + 7 * HOUR_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const ids = Array.from({ length: 3_000 }, (_, i) => `cm${(i * 7919).toString(36)}x${i}`);

describe('which saved bills get reminders', () => {
  it.each([
    ['POSTPAID', 'ELECTRICITY', true],
    ['POSTPAID', 'WATER', true],
    ['POSTPAID', 'PHONE', true],
    ['POSTPAID', 'INTERNET', true],
    ['POSTPAID', 'INSURANCE', true],
    ['POSTPAID', 'TICKETS', false],
    ['PREPAID', 'ELECTRICITY', false],
    ['PREPAID', 'PHONE', false],
  ])('%s %s: %s', (kind, category, expected) => {
    expect(billRemindersApply({ kind, category })).toBe(expected);
  });
});

describe('the monthly check', () => {
  it('falls on days 1 to 3 of the WIB month, between 07:00 and 20:00 WIB', () => {
    for (const id of ids.slice(0, 500)) {
      const at = wib(monthlyCheckAt(id, 2026, 10));
      expect(at).toMatchObject({ year: 2026, month: 11 });
      expect(at.day).toBeGreaterThanOrEqual(1);
      expect(at.day).toBeLessThanOrEqual(3);
      expect(at.hour).toBeGreaterThanOrEqual(7);
      expect(at.hour).toBeLessThan(20);
    }
  });

  it('is the same slot for the same saved bill every month', () => {
    const id = ids[42]!;
    const slot = (month: number) => {
      const at = wib(monthlyCheckAt(id, 2026, month));
      return [at.day, at.hour, at.minute];
    };
    expect(slot(0)).toEqual(slot(5));
    expect(slot(11)).toEqual(slot(1));
    expect(spreadSlot(id)).toBe(spreadSlot(id));
  });

  it('spreads customers over the three days and the hours, not one minute', () => {
    const perDay = [0, 0, 0];
    const perMinute = new Map<number, number>();
    for (const id of ids) {
      const at = monthlyCheckAt(id, 2026, 2).getTime();
      perDay[wib(new Date(at)).day - 1]! += 1;
      perMinute.set(at, (perMinute.get(at) ?? 0) + 1);
    }
    for (const count of perDay) expect(count).toBeGreaterThan(ids.length / 3 - 150);
    expect(Math.max(...perMinute.values())).toBeLessThanOrEqual(8);
    expect(perMinute.size).toBeGreaterThan(1_500);
  });

  it('is next month by the Jakarta calendar, not by UTC', () => {
    const id = ids[7]!;
    // 31 Jan 23:59 WIB is still January in Jakarta: the next check is in February.
    expect(wib(nextMonthlyCheckAt(id, new Date('2026-01-31T16:59:00Z'))).month).toBe(2);
    // 1 Feb 00:00 WIB is 31 Jan 17:00 UTC: already February, so the next check is in March.
    expect(wib(nextMonthlyCheckAt(id, new Date('2026-01-31T17:00:00Z'))).month).toBe(3);
    const newYear = wib(nextMonthlyCheckAt(id, new Date('2026-12-15T05:00:00Z')));
    expect([newYear.year, newYear.month]).toEqual([2027, 1]);
    // 31 Dec 18:00 UTC is 1 Jan 01:00 WIB: the next check is in February 2027.
    const late = wib(nextMonthlyCheckAt(id, new Date('2026-12-31T18:00:00Z')));
    expect([late.year, late.month]).toEqual([2027, 2]);
  });

  it('always lies after now, within two months', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.constantFrom(...ids.slice(0, 50)),
        (now, id) => {
          const next = nextMonthlyCheckAt(id, now).getTime();
          return next > now.getTime() && next - now.getTime() < 62 * DAY_MS;
        },
      ),
    );
  });

  it('parks bills without reminders until midnight WIB on the 1st', () => {
    expect(startOfNextWibMonth(new Date('2026-11-24T08:00:00Z')).toISOString()).toBe(
      '2026-11-30T17:00:00.000Z',
    );
    expect(startOfNextWibMonth(new Date('2026-12-31T17:30:00Z')).toISOString()).toBe(
      '2027-01-31T17:00:00.000Z',
    );
  });
});

describe('checking again', () => {
  const id = ids[3]!;

  it('when the bill is not out yet: in three days, but never past next month’s check', () => {
    const midMonth = new Date('2026-11-10T03:00:00Z');
    expect(recheckSoonAt(id, midMonth).getTime()).toBe(midMonth.getTime() + RECHECK_AFTER_MS);
    const monthEnd = new Date('2026-11-29T03:00:00Z');
    expect(recheckSoonAt(id, monthEnd)).toEqual(nextMonthlyCheckAt(id, monthEnd));
  });

  it('after no answer: backs off from 15 minutes, doubling, to at most 6 hours', () => {
    const slot = monthlyCheckAt(id, 2026, 10).getTime();
    let now = slot;
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const next = retryCheckAt(id, new Date(now)).getTime();
      delays.push((next - now) / 60_000);
      now = next;
    }
    expect(delays).toEqual([15, 15, 30, 60, 120, 240, 360, 360]);
  });

  it('after no answer early in the month, before the bill’s slot: 15 minutes', () => {
    const early = new Date(monthlyCheckAt(id, 2026, 10).getTime() - HOUR_MS);
    expect(retryCheckAt(id, early).getTime() - early.getTime()).toBe(FIRST_RETRY_MS);
  });

  it('after no answer late in the month: 6 hours', () => {
    const late = new Date('2026-11-25T03:00:00Z');
    expect(retryCheckAt(id, late).getTime() - late.getTime()).toBe(LONGEST_RETRY_MS);
  });
});

describe('reading a bill', () => {
  it('takes the newest monthly period, whatever the order', () => {
    expect(
      newestPeriod([{ period: '2026-09' }, { period: '2026-11' }, { period: '2026-10' }]),
    ).toBe('2026-11');
    expect(newestPeriod([{ period: '2025-12' }, { period: '2026-01' }])).toBe('2026-01');
    expect(newestPeriod([])).toBeNull();
    // A ticket's "period" is its date: not a monthly bill.
    expect(newestPeriod([{ period: '2026-11-30' }, { period: '2026-13' }])).toBeNull();
  });

  it('reads a due date only when the biller gives a real one', () => {
    expect(billDueDate({ dueDate: '2026-11-20', tariff: 'R1' })).toBe('2026-11-20');
    expect(billDueDate({ jatuhTempo: '2026-12-05' })).toBe('2026-12-05');
    expect(billDueDate({ dueDate: '20-11-2026' })).toBeNull();
    expect(billDueDate({ dueDate: 20261120 })).toBeNull();
    expect(billDueDate({})).toBeNull();
  });
});

describe('what a check leads to', () => {
  const id = ids[9]!;
  const now = new Date('2026-11-02T04:00:00Z');
  const plan = (
    lastRemindedPeriod: string | null,
    check: Parameters<typeof planReminder>[0]['check'],
  ) => planReminder({ id, now, lastRemindedPeriod, check });

  it('a new period: one reminder, and the next check next month', () => {
    expect(plan('2026-09', { kind: 'bill', period: '2026-10', known: false })).toEqual({
      remind: true,
      nextCheckAt: nextMonthlyCheckAt(id, now),
      lastSeenPeriod: '2026-10',
      lastRemindedPeriod: '2026-10',
    });
    expect(plan(null, { kind: 'bill', period: '2026-10', known: false }).remind).toBe(true);
  });

  it('the period already reminded (still unpaid): no reminder, look again in a few days', () => {
    expect(plan('2026-10', { kind: 'bill', period: '2026-10', known: false })).toEqual({
      remind: false,
      nextCheckAt: recheckSoonAt(id, now),
      lastSeenPeriod: '2026-10',
    });
  });

  it('a period the customer already checked in Loket counts as reminded', () => {
    expect(plan('2026-09', { kind: 'bill', period: '2026-10', known: true })).toEqual({
      remind: false,
      nextCheckAt: nextMonthlyCheckAt(id, now),
      lastSeenPeriod: '2026-10',
      lastRemindedPeriod: '2026-10',
    });
  });

  it('paid or no bill: next month; not out yet: in a few days; no answer: retry', () => {
    expect(plan('2026-09', { kind: 'no-bill' })).toEqual({
      remind: false,
      nextCheckAt: nextMonthlyCheckAt(id, now),
    });
    expect(plan('2026-09', { kind: 'not-yet' })).toEqual({
      remind: false,
      nextCheckAt: recheckSoonAt(id, now),
    });
    expect(plan('2026-09', { kind: 'retry' })).toEqual({
      remind: false,
      nextCheckAt: retryCheckAt(id, now),
    });
  });
});
