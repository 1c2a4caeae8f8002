import { describe, expect, it } from 'vitest';
import {
  billerAlert,
  fillDays,
  lastWibDays,
  minutesSince,
  successRate,
  wibDayKey,
  wibDayStartOf,
  wibMonthStartOf,
  type BillerHealth,
} from '@/lib/domain/admin-dashboard';
import {
  adminTransactionsQuery,
  readAdminTransactionFilters,
} from '@/lib/domain/admin-transactions';

const healthy: BillerHealth = {
  recentFailures: 0,
  recentUnanswered: 0,
  sample: 0,
  sampleFailures: 0,
};

describe('a failing biller', () => {
  it('is raised by 3 refusals or unanswered payments in the last 30 minutes', () => {
    expect(billerAlert(healthy)).toBeNull();
    expect(billerAlert({ ...healthy, recentFailures: 2 })).toBeNull();
    expect(billerAlert({ ...healthy, recentFailures: 3 })).toBe('recentProblems');
    expect(billerAlert({ ...healthy, recentUnanswered: 3 })).toBe('recentProblems');
    expect(billerAlert({ ...healthy, recentFailures: 1, recentUnanswered: 2 })).toBe(
      'recentProblems',
    );
  });

  it('is raised when more than half of its latest finished payments failed, given enough of them', () => {
    expect(billerAlert({ ...healthy, sample: 20, sampleFailures: 11 })).toBe('failureRate');
    expect(billerAlert({ ...healthy, sample: 20, sampleFailures: 10 })).toBeNull();
    expect(billerAlert({ ...healthy, sample: 5, sampleFailures: 3 })).toBe('failureRate');
    // Two failures out of two is bad luck, not a failing biller.
    expect(billerAlert({ ...healthy, sample: 4, sampleFailures: 4 })).toBeNull();
  });
});

describe('Jakarta days', () => {
  it('turn at 17:00 UTC', () => {
    expect(wibDayKey(new Date('2026-11-23T16:59:59.999Z'))).toBe('2026-11-23');
    expect(wibDayKey(new Date('2026-11-23T17:00:00.000Z'))).toBe('2026-11-24');
    expect(wibDayStartOf(new Date('2026-11-24T05:00:00Z'))).toEqual(
      new Date('2026-11-23T17:00:00Z'),
    );
    expect(wibDayStartOf(new Date('2026-11-23T17:00:00Z'))).toEqual(
      new Date('2026-11-23T17:00:00Z'),
    );
    expect(wibDayStartOf(new Date('2026-11-23T16:59:59Z'))).toEqual(
      new Date('2026-11-22T17:00:00Z'),
    );
  });

  it('make months in Jakarta time too', () => {
    expect(wibMonthStartOf(new Date('2026-11-30T17:30:00Z'))).toEqual(
      new Date('2026-11-30T17:00:00Z'),
    );
    expect(wibMonthStartOf(new Date('2026-11-30T16:30:00Z'))).toEqual(
      new Date('2026-10-31T17:00:00Z'),
    );
    expect(wibMonthStartOf(new Date('2026-12-31T18:00:00Z'))).toEqual(
      new Date('2026-12-31T17:00:00Z'),
    );
  });

  it('list the last days oldest first, today last, and fill the quiet ones with zeros', () => {
    const days = lastWibDays(new Date('2026-03-01T01:00:00Z'), 3);
    expect(days.map((day) => day.key)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    const filled = fillDays(
      days,
      new Map([['2026-02-28', { count: 2, succeeded: 1, failed: 1, amount: 5_000 }]]),
    );
    expect(filled.map(({ key, count }) => [key, count])).toEqual([
      ['2026-02-27', 0],
      ['2026-02-28', 2],
      ['2026-03-01', 0],
    ]);
  });

  it('rates success among finished payments only', () => {
    expect(successRate({ succeeded: 0, failed: 0 })).toBeNull();
    expect(successRate({ succeeded: 3, failed: 1 })).toBe(0.75);
    expect(minutesSince(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:16:30Z'))).toBe(
      16,
    );
  });
});

describe('the transaction list filters', () => {
  it('keep the good values of a URL and report the bad ones', () => {
    const { filters, errors } = readAdminTransactionFilters({
      reference: ' 532100000001 ',
      status: 'NOPE',
      from: '2026-02-30',
      channel: 'online',
      page: '2',
    });
    expect(errors).toEqual({ status: 'invalid', from: 'historyDateInvalid' });
    // A list narrowed differently starts again at its first page.
    expect(filters).toEqual({ reference: '532100000001', channel: 'online', page: 1 });
    expect(adminTransactionsQuery(filters)).toBe('?reference=532100000001&channel=online');
    expect(adminTransactionsQuery(filters, 3)).toBe(
      '?reference=532100000001&channel=online&page=3',
    );
    expect(readAdminTransactionFilters({ to: '2026-01-01', from: '2026-02-01' }).errors).toEqual({
      to: 'historyDateOrder',
    });
  });
});
