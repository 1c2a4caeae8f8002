import { describe, expect, it } from 'vitest';
import { formatDateTimeWib, formatDateWib } from '@/lib/domain/datetime';

describe('WIB dates', () => {
  // 17:30 UTC is 00:30 the next day in Jakarta (UTC+7): the date must follow Jakarta.
  const lateUtc = new Date('2026-11-24T17:30:00Z');

  it('shows the Jakarta calendar date and time', () => {
    expect(formatDateTimeWib(lateUtc, 'id')).toBe('25 Nov 2026 00.30 WIB');
    expect(formatDateTimeWib(lateUtc, 'en')).toBe('25 Nov 2026 00:30 WIB');
    expect(formatDateWib(lateUtc, 'id')).toBe('25 Nov 2026');
  });

  it('uses Indonesian month names', () => {
    expect(formatDateWib(new Date('2026-08-17T03:00:00Z'), 'id')).toBe('17 Agu 2026');
    expect(formatDateWib(new Date('2026-08-17T03:00:00Z'), 'en')).toBe('17 Aug 2026');
  });
});
