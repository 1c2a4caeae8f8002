import 'server-only';
import {
  commissionsCsv,
  reportCsvFilename,
  revenueCsv,
  volumeCsv,
  type ReportKind,
} from '@/lib/domain/reports';
import type { Locale } from '@/lib/domain/locale';
import type { Actor } from '../../actor';
import { getReports } from './get-reports';

/** The CSV headers in the reader's language, one list per report. */
export type ReportCsvHeaders = Record<ReportKind, readonly string[]>;

/** One report of one month as a CSV file (BOM, quoted cells, formula guard). */
export async function exportReport(input: {
  actor: Actor | null;
  kind: ReportKind;
  month: string;
  locale: Locale;
  headers: ReportCsvHeaders;
}): Promise<{ filename: string; body: string }> {
  const reports = await getReports(input);
  const header = input.headers[input.kind];
  const body =
    input.kind === 'revenue'
      ? revenueCsv(header, reports.daily)
      : input.kind === 'commissions'
        ? commissionsCsv(header, reports.commissions)
        : volumeCsv(header, reports.volume);
  return { filename: reportCsvFilename(input.kind, input.month), body };
}
