import { z } from 'zod';
import { BILL_CATEGORIES, type BillCategoryKey } from './categories';
import { csvLine } from './csv';
import type { Rupiah } from './money';
import { TRANSACTION_STATUSES, type TransactionStatus } from './transaction-state';

// A customer's transaction history: which transactions it shows, the filters a URL carries, the
// words a customer reads for each status, and the rows of its CSV export.

export const HISTORY_PAGE_SIZE = 20;

// The nine internal states fold into the few a customer tells apart. A bill check that was never
// paid (INQUIRED, or EXPIRED straight from it) is not a transaction: no money moved and the
// customer never chose to pay, and listing every check would bury the payments. An EXPIRED
// checkout stays: the customer was shown a VA number or a QR and may wonder whether it was paid.
export const HISTORY_STATUS_GROUPS = [
  'all',
  'success',
  'pending',
  'failed',
  'refunded',
  'expired',
] as const;
export type HistoryStatusGroup = (typeof HISTORY_STATUS_GROUPS)[number];

const GROUP_STATUSES: Record<Exclude<HistoryStatusGroup, 'all'>, readonly TransactionStatus[]> = {
  success: ['SUCCESS'],
  pending: ['AWAITING_PAYMENT', 'PAID', 'PROCESSING', 'PENDING_BILLER', 'ON_HOLD'],
  failed: ['FAILED'],
  refunded: ['REFUNDED'],
  expired: ['EXPIRED'],
};

/** The states a group lists; EXPIRED only counts where a checkout had been started. */
export function statusesOfGroup(group: HistoryStatusGroup): readonly TransactionStatus[] {
  return group === 'all'
    ? TRANSACTION_STATUSES.filter((s) => s !== 'INQUIRED')
    : GROUP_STATUSES[group];
}

export type StatusTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';
export type CustomerStatusKey =
  'unpaid' | 'awaitingPayment' | 'processing' | 'success' | 'failed' | 'refunded' | 'expired';

/** The badge a customer sees: a key of the `history.status` messages and its colour. */
export function customerStatus(status: TransactionStatus): {
  key: CustomerStatusKey;
  tone: StatusTone;
} {
  switch (status) {
    case 'INQUIRED':
      return { key: 'unpaid', tone: 'neutral' };
    case 'AWAITING_PAYMENT':
      return { key: 'awaitingPayment', tone: 'warning' };
    case 'PAID':
    case 'PROCESSING':
    case 'PENDING_BILLER':
    // A fraud review is not the customer's business to see: to them it is still being processed.
    case 'ON_HOLD':
      return { key: 'processing', tone: 'info' };
    case 'SUCCESS':
      return { key: 'success', tone: 'success' };
    case 'FAILED':
      return { key: 'failed', tone: 'danger' };
    case 'REFUNDED':
      return { key: 'refunded', tone: 'neutral' };
    case 'EXPIRED':
      return { key: 'expired', tone: 'neutral' };
  }
}

/** What the customer pays: the bill with its fees, and the fee of the way they chose to pay. */
export function amountCharged(row: { totalAmount: Rupiah; methodFee: Rupiah }): Rupiah {
  return row.totalAmount + row.methodFee;
}

// ---------------------------------------------------------------------------------------------
// Dates are Jakarta calendar dates (WIB, UTC+7 all year: Indonesia keeps no daylight saving).

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const WIB_DATE = /^(20\d{2})-(\d{2})-(\d{2})$/;

/** The instant a WIB calendar date (YYYY-MM-DD) begins, or null if there is no such date. */
export function wibDayStart(date: string): Date | null {
  const match = WIB_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const midnightUtc = new Date(Date.UTC(year, month - 1, day));
  if (midnightUtc.getUTCMonth() !== month - 1 || midnightUtc.getUTCDate() !== day) return null;
  return new Date(midnightUtc.getTime() - WIB_OFFSET_MS);
}

/** `from` and `to` as a half-open range of instants; `to` is inclusive of its whole day. */
export function wibDateRange(filters: { from?: string; to?: string }): { gte?: Date; lt?: Date } {
  const start = filters.from ? wibDayStart(filters.from) : null;
  const end = filters.to ? wibDayStart(filters.to) : null;
  return {
    ...(start ? { gte: start } : {}),
    ...(end ? { lt: new Date(end.getTime() + DAY_MS) } : {}),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-11-24 14:05, in WIB: sorts as text and reads the same in every spreadsheet locale. */
export function csvDateTimeWib(instant: Date): string {
  const wib = new Date(instant.getTime() + WIB_OFFSET_MS);
  const date = `${wib.getUTCFullYear()}-${pad(wib.getUTCMonth() + 1)}-${pad(wib.getUTCDate())}`;
  return `${date} ${pad(wib.getUTCHours())}:${pad(wib.getUTCMinutes())}`;
}

/** loket-riwayat-20261124.csv, dated by the Jakarta calendar. */
export function historyCsvFilename(now: Date): string {
  return `loket-riwayat-${csvDateTimeWib(now).slice(0, 10).replaceAll('-', '')}.csv`;
}

// ---------------------------------------------------------------------------------------------
// Filters, from the URL of the history page and of its CSV download. Messages are keys of the
// `validation` namespace.

export const HISTORY_SEARCH_MAX = 64;

/** A URL value as a form sends it: the first of repeated values; an empty field is no filter. */
function param<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' && first.trim() === '' ? undefined : first;
  }, schema);
}

const dateParam = param(
  z
    .string('historyDateInvalid')
    .refine((value) => wibDayStart(value) !== null, 'historyDateInvalid')
    .optional(),
);

export const historyFiltersSchema = z
  .object({
    status: param(z.enum(HISTORY_STATUS_GROUPS, 'invalid').default('all')),
    category: param(z.enum(BILL_CATEGORIES, 'invalid').optional()),
    from: dateParam,
    to: dateParam,
    q: param(z.string('invalid').trim().max(HISTORY_SEARCH_MAX, 'historySearchTooLong').optional()),
    page: param(
      z.coerce.number('invalid').int('invalid').min(1, 'invalid').max(10_000, 'invalid').default(1),
    ),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: 'historyDateOrder',
  });

export type HistoryFilters = z.output<typeof historyFiltersSchema>;
export type HistoryFilterField = 'status' | 'category' | 'from' | 'to' | 'q' | 'page';

export const DEFAULT_HISTORY_FILTERS: HistoryFilters = { status: 'all', page: 1 };

/** Whether anything narrows the list (an empty page then means "nothing matches"). */
export function isFiltered(filters: HistoryFilters): boolean {
  return Boolean(
    filters.status !== 'all' || filters.category || filters.from || filters.to || filters.q,
  );
}

/** The query string of a view of the history; the first page and "all" are left out. */
export function historyQuery(filters: HistoryFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.status !== 'all') params.set('status', filters.status);
  if (filters.category) params.set('category', filters.category);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q) params.set('q', filters.q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * What a reference search looks for: the customer number as typed and without the spaces, dots
 * and dashes people write numbers with; the exact Loket id and receipt number.
 */
export function referenceSearch(q: string): {
  fragments: string[];
  transactionId: string;
  receiptNumber: string;
} {
  const compact = q.replace(/[\s.-]/g, '');
  return {
    fragments: [...new Set([q, compact].filter((value) => value.length > 0))],
    transactionId: q.toLowerCase(),
    receiptNumber: q.toUpperCase(),
  };
}

// ---------------------------------------------------------------------------------------------
// The CSV export.

export const HISTORY_CSV_COLUMNS = [
  'date',
  'transactionId',
  'category',
  'biller',
  'product',
  'customerNo',
  'customerName',
  'status',
  'billAmount',
  'penalty',
  'adminFee',
  'methodFee',
  'total',
  'paidWith',
  'billerRef',
  'receiptNumber',
] as const;
export type HistoryCsvColumn = (typeof HISTORY_CSV_COLUMNS)[number];

export type HistoryCsvRow = {
  createdAt: Date;
  id: string;
  category: BillCategoryKey;
  billerName: string;
  productName: string | null;
  customerNo: string;
  customerName: string;
  status: TransactionStatus;
  billAmount: Rupiah;
  penalty: Rupiah;
  adminFee: Rupiah;
  methodFee: Rupiah;
  totalAmount: Rupiah;
  paidWith: string | null;
  billerRef: string | null;
  receiptNumber: string | null;
};

/** The words of the export in the reader's language. */
export type HistoryCsvTexts = {
  column: (column: HistoryCsvColumn) => string;
  status: (key: CustomerStatusKey) => string;
  category: (category: BillCategoryKey) => string;
};

export function historyCsvHeader(texts: HistoryCsvTexts): string {
  return csvLine(HISTORY_CSV_COLUMNS.map(texts.column));
}

export function historyCsvLine(row: HistoryCsvRow, texts: HistoryCsvTexts): string {
  const cells: Record<HistoryCsvColumn, string | number | null> = {
    date: csvDateTimeWib(row.createdAt),
    transactionId: row.id,
    category: texts.category(row.category),
    biller: row.billerName,
    product: row.productName,
    customerNo: row.customerNo,
    customerName: row.customerName,
    status: texts.status(customerStatus(row.status).key),
    billAmount: row.billAmount,
    penalty: row.penalty,
    adminFee: row.adminFee,
    methodFee: row.methodFee,
    total: amountCharged(row),
    paidWith: row.paidWith,
    billerRef: row.billerRef,
    receiptNumber: row.receiptNumber,
  };
  return csvLine(HISTORY_CSV_COLUMNS.map((column) => cells[column]));
}
