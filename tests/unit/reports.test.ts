import { describe, expect, it } from 'vitest';
import {
  datesOfMonth,
  fillPeriods,
  monthsOfYear,
  netRevenue,
  readReportMonth,
  reportCsvFilename,
  revenueCsv,
  sumRevenue,
  wibDateOf,
  wibMonthOf,
  wibMonthRange,
  wibYearRange,
} from '@/lib/domain/reports';

describe('report periods', () => {
  it('a WIB month starts at 17:00 UTC on the last day of the month before', () => {
    expect(wibMonthRange('2026-11')).toEqual({
      start: new Date('2026-10-31T17:00:00Z'),
      end: new Date('2026-11-30T17:00:00Z'),
    });
    expect(wibMonthRange('2026-12')?.end).toEqual(new Date('2026-12-31T17:00:00Z'));
    expect(wibYearRange(2027)).toEqual({
      start: new Date('2026-12-31T17:00:00Z'),
      end: new Date('2027-12-31T17:00:00Z'),
    });
  });

  it('refuses what is not a month', () => {
    for (const month of ['2026-13', '2026-00', '2026-1', '26-11', '', 'x']) {
      expect(wibMonthRange(month)).toBeNull();
    }
  });

  it('names the WIB month and date of an instant across midnight', () => {
    expect(wibMonthOf(new Date('2026-10-31T16:59:59Z'))).toBe('2026-10');
    expect(wibMonthOf(new Date('2026-10-31T17:00:00Z'))).toBe('2026-11');
    expect(wibDateOf(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('lists the days of a month (leap years too) and the months of a year', () => {
    expect(datesOfMonth('2028-02')).toHaveLength(29);
    expect(datesOfMonth('2026-02').at(-1)).toBe('2026-02-28');
    expect(datesOfMonth('2026-11')[0]).toBe('2026-11-01');
    expect(monthsOfYear(2026)).toHaveLength(12);
    expect(monthsOfYear(2026).at(-1)).toBe('2026-12');
  });

  it('reads the month from the URL, the current WIB month otherwise', () => {
    const now = new Date('2026-11-30T18:00:00Z');
    expect(readReportMonth('2026-05', now)).toBe('2026-05');
    expect(readReportMonth(['2026-04', '2026-05'], now)).toBe('2026-04');
    expect(readReportMonth('2026-99', now)).toBe('2026-12');
    expect(readReportMonth(undefined, now)).toBe('2026-12');
  });
});

describe('revenue rows', () => {
  const rows = [{ period: '2026-11-02', earned: 5000, returned: 1000, commissions: 1500 }];

  it('fills empty days with zeros and totals the month', () => {
    const filled = fillPeriods(['2026-11-01', '2026-11-02'], rows);
    expect(filled[0]).toEqual({ period: '2026-11-01', earned: 0, returned: 0, commissions: 0 });
    expect(sumRevenue(filled, '2026-11')).toEqual({ ...rows[0], period: '2026-11' });
    expect(netRevenue(rows[0]!)).toBe(2500);
  });

  it('writes a CSV with the BOM, the header and one CRLF line per day', () => {
    expect(revenueCsv(['Tanggal', 'A', 'B', 'C', 'D'], rows)).toBe(
      '\uFEFFTanggal,A,B,C,D\r\n2026-11-02,5000,1000,1500,2500\r\n',
    );
    expect(reportCsvFilename('volume', '2026-11')).toBe('loket-volume-2026-11.csv');
  });
});
