// CSV as RFC 4180 writes it, safe to open in a spreadsheet. Exports carry text that came from
// outside (a biller's customer name, a reference someone typed), so a cell that a spreadsheet
// would run as a formula is defused first.

/** Excel reads a UTF-8 file as UTF-8 only when it starts with the byte order mark. */
export const CSV_BOM = '\uFEFF';

/** RFC 4180 ends every record with CRLF. */
export const CSV_LINE_END = '\r\n';

export type CsvValue = string | number | null | undefined;

// What spreadsheets treat as the start of a formula (OWASP "CSV injection"), plus tab and CR,
// which some of them strip before looking.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: text that could start a formula gets a leading single quote, which spreadsheets
 * show as text; then a cell holding a comma, quote or line break is quoted, quotes doubled.
 * Numbers are written as they are (whole rupiah, no grouping), null as an empty cell.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a CSV number: ${value}`);
    return String(value);
  }
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** One record, with its line end. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',') + CSV_LINE_END;
}
