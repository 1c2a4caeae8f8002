import { z } from 'zod';
import { CSV_BOM, csvLine, type CsvValue } from './csv';

// Back-office reports for one WIB calendar month: revenue per day (and per month of its year),
// commissions payable per outlet, volume per biller; each also as CSV.

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const MONTH = /^(20\d{2})-(0[1-9]|1[0-2])$/;

export const REPORT_KINDS = ['revenue', 'commissions', 'volume'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/** The WIB calendar month an instant falls in, as YYYY-MM. */
export function wibMonthOf(instant: Date): string {
  const wib = new Date(instant.getTime() + WIB_OFFSET_MS);
  return `${wib.getUTCFullYear()}-${pad(wib.getUTCMonth() + 1)}`;
}

/** The WIB calendar date an instant falls in, as YYYY-MM-DD. */
export function wibDateOf(instant: Date): string {
  const wib = new Date(instant.getTime() + WIB_OFFSET_MS);
  return `${wib.getUTCFullYear()}-${pad(wib.getUTCMonth() + 1)}-${pad(wib.getUTCDate())}`;
}

/** A WIB month (YYYY-MM) as a half-open range of instants, or null if it is not a month. */
export function wibMonthRange(month: string): { start: Date; end: Date } | null {
  const match = MONTH.exec(month);
  if (!match) return null;
  const [year, index] = [Number(match[1]), Number(match[2]) - 1];
  return {
    start: new Date(Date.UTC(year, index, 1) - WIB_OFFSET_MS),
    end: new Date(Date.UTC(year, index + 1, 1) - WIB_OFFSET_MS),
  };
}

/** A WIB year as a half-open range of instants. */
export function wibYearRange(year: number): { start: Date; end: Date } {
  return {
    start: new Date(Date.UTC(year, 0, 1) - WIB_OFFSET_MS),
    end: new Date(Date.UTC(year + 1, 0, 1) - WIB_OFFSET_MS),
  };
}

/** Every date (YYYY-MM-DD) of a month, first to last. */
export function datesOfMonth(month: string): string[] {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, index, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => `${month}-${pad(i + 1)}`);
}

/** Every month (YYYY-MM) of a year. */
export const monthsOfYear = (year: number) =>
  Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);

/** The month a report URL asks for; the current WIB month when none (or nonsense) is given. */
export const reportPeriodSchema = z.object({
  month: z
    .string('reportPeriodInvalid')
    .refine((value) => wibMonthRange(value) !== null, 'reportPeriodInvalid'),
});

export function readReportMonth(value: unknown, now: Date): string {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  const parsed = reportPeriodSchema.safeParse({ month: first });
  return parsed.success ? parsed.data.month : wibMonthOf(now);
}

// ---------------------------------------------------------------------------------------------
// Rows

/** Fee revenue as the ledger holds it: earned when a sale is posted, returned by refunds. */
export type RevenueRow = { period: string; earned: number; returned: number; commissions: number };
export const netRevenue = (row: RevenueRow) => row.earned - row.returned - row.commissions;

export type CommissionRow = {
  outletId: string;
  outletName: string;
  sales: number;
  commission: number;
};
export type VolumeRow = {
  billerCode: string;
  billerName: string;
  count: number;
  billAmount: number;
  adminFees: number;
};

/** Fills the periods nothing happened in with zeros, in order. */
export function fillPeriods(periods: readonly string[], rows: readonly RevenueRow[]): RevenueRow[] {
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  return periods.map(
    (period) => byPeriod.get(period) ?? { period, earned: 0, returned: 0, commissions: 0 },
  );
}

export function sumRevenue(rows: readonly RevenueRow[], period: string): RevenueRow {
  return rows.reduce(
    (total, row) => ({
      period,
      earned: total.earned + row.earned,
      returned: total.returned + row.returned,
      commissions: total.commissions + row.commissions,
    }),
    { period, earned: 0, returned: 0, commissions: 0 },
  );
}

// ---------------------------------------------------------------------------------------------
// CSV

function csv(header: readonly string[], lines: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + csvLine(header) + lines.map((line) => csvLine(line)).join('');
}

export const revenueCsv = (header: readonly string[], rows: readonly RevenueRow[]) =>
  csv(
    header,
    rows.map((r) => [r.period, r.earned, r.returned, r.commissions, netRevenue(r)]),
  );

export const commissionsCsv = (header: readonly string[], rows: readonly CommissionRow[]) =>
  csv(
    header,
    rows.map((r) => [r.outletName, r.sales, r.commission]),
  );

export const volumeCsv = (header: readonly string[], rows: readonly VolumeRow[]) =>
  csv(
    header,
    rows.map((r) => [r.billerCode, r.billerName, r.count, r.billAmount, r.adminFees]),
  );

/** loket-revenue-2026-11.csv */
export const reportCsvFilename = (kind: ReportKind, month: string) => `loket-${kind}-${month}.csv`;
