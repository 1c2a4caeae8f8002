import { z } from 'zod';
import { wibDayStart } from './history';
import { TRANSACTION_STATUSES, type TransactionStatus } from './transaction-state';

// The admin's transaction list and its actions: the filters a URL carries, and the forms of
// re-check, resolve and refund. Messages are keys of the `validation` namespace.

export const ADMIN_TRANSACTIONS_PAGE_SIZE = 25;

/** Where a transaction was sold: online by a customer, or at an agent's counter. */
export const SALE_CHANNELS = ['online', 'counter'] as const;
export type SaleChannel = (typeof SALE_CHANNELS)[number];

// Without a status filter the list shows what involved money or the promise of it; a bill check
// nobody paid (INQUIRED, or EXPIRED) is one choice away.
export const UNFILTERED_STATUSES: readonly TransactionStatus[] = TRANSACTION_STATUSES.filter(
  (status) => status !== 'INQUIRED' && status !== 'EXPIRED',
);

/** A pending payment older than this (since the money arrived) needs a person. */
export const STALE_PENDING_MINUTES = 15;

/** The dashboard's link to pending payments that wait longer than they should. */
export const STALE_PENDING_QUERY = `?status=PENDING_BILLER&minAge=${STALE_PENDING_MINUTES}`;

const TEXT_MAX = 100;

/** A URL value as a form sends it: the first of repeated values; an empty field is no filter. */
function param<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' && first.trim() === '' ? undefined : first;
  }, schema);
}

const text = param(z.string('invalid').trim().max(TEXT_MAX, 'adminSearchTooLong').optional());
const dateParam = param(
  z
    .string('historyDateInvalid')
    .refine((value) => wibDayStart(value) !== null, 'historyDateInvalid')
    .optional(),
);

export const adminTransactionFiltersSchema = z
  .object({
    id: text,
    reference: text,
    customer: text,
    outlet: text,
    status: param(z.enum(TRANSACTION_STATUSES, 'invalid').optional()),
    channel: param(z.enum(SALE_CHANNELS, 'invalid').optional()),
    from: dateParam,
    to: dateParam,
    /** Paid at least this many minutes ago (the dashboard's stale-pending link). */
    minAge: param(z.coerce.number('invalid').int('invalid').min(1).max(525_600).optional()),
    page: param(z.coerce.number('invalid').int('invalid').min(1).max(10_000).default(1)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ['to'],
    message: 'historyDateOrder',
  });

export type AdminTransactionFilters = z.output<typeof adminTransactionFiltersSchema>;
export type AdminTransactionFilterField = Exclude<keyof AdminTransactionFilters, 'page'>;
const FILTER_FIELDS: readonly AdminTransactionFilterField[] = [
  'id',
  'reference',
  'customer',
  'outlet',
  'status',
  'channel',
  'from',
  'to',
  'minAge',
];

/**
 * Filters from a URL. A bad value is dropped, and its message key (`validation` namespace)
 * reported for its field, instead of failing the page.
 */
export function readAdminTransactionFilters(params: Record<string, unknown>): {
  filters: AdminTransactionFilters;
  errors: Partial<Record<AdminTransactionFilterField, string>>;
} {
  const parsed = adminTransactionFiltersSchema.safeParse(params);
  if (parsed.success) return { filters: parsed.data, errors: {} };
  const errors: Partial<Record<AdminTransactionFilterField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as AdminTransactionFilterField;
    if (FILTER_FIELDS.includes(field)) errors[field] ??= issue.message;
  }
  const kept = Object.fromEntries(
    Object.entries(params).filter(([key]) => !Object.hasOwn(errors, key) && key !== 'page'),
  );
  const retry = adminTransactionFiltersSchema.safeParse(kept);
  return { filters: retry.success ? retry.data : { page: 1 }, errors };
}

/** The query string of a view of the list; the first page is left out. */
export function adminTransactionsQuery(filters: AdminTransactionFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const value = filters[field];
    if (value !== undefined) params.set(field, String(value));
  }
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

// ---------------------------------------------------------------------------------------------
// Actions.

export const ADMIN_REASON_MIN = 10;
export const ADMIN_REASON_MAX = 500;
const BILLER_REF_MAX = 64;
/** Guards a typed amount against a stuck key; real refunds are far below it. */
const REFUND_INPUT_MAX = 1_000_000_000;

export const transactionIdSchema = z.string().min(1).max(64);

/** Why an admin acts: read by the next admin and the auditors, so it must say something. */
export const adminReasonSchema = z
  .string('adminReasonTooShort')
  .trim()
  .min(ADMIN_REASON_MIN, 'adminReasonTooShort')
  .max(ADMIN_REASON_MAX, 'adminReasonTooLong');

/**
 * Rupiah as typed: "50000", "50.000", "Rp 50.000". Null for anything else (letters, decimals,
 * minus signs), so a typo is never read as a different amount.
 */
export function parseTypedRupiah(text: string): number | null {
  const compact = text
    .trim()
    .replace(/^rp\.?/i, '')
    .replace(/[\s.]/g, '');
  if (!/^\d{1,12}$/.test(compact)) return null;
  return Number(compact);
}

export const recheckTransactionSchema = z.object({ transactionId: transactionIdSchema });
export type RecheckTransactionInput = z.input<typeof recheckTransactionSchema>;

export const RESOLVE_OUTCOMES = ['SUCCESS', 'FAILED'] as const;
export type ResolveOutcome = (typeof RESOLVE_OUTCOMES)[number];

export const resolveTransactionSchema = z
  .object({
    transactionId: transactionIdSchema,
    outcome: z.enum(RESOLVE_OUTCOMES, 'resolveOutcomeRequired'),
    /** The proof of payment the biller gave the admin (by phone, in its portal). */
    billerRef: z.string().trim().max(BILLER_REF_MAX, 'billerRefTooLong').optional(),
    reason: adminReasonSchema,
  })
  .refine((input) => input.outcome !== 'SUCCESS' || Boolean(input.billerRef), {
    path: ['billerRef'],
    message: 'billerRefRequired',
  });
export type ResolveTransactionInput = z.input<typeof resolveTransactionSchema>;

export const refundTransactionSchema = z.object({
  transactionId: transactionIdSchema,
  amount: z
    .string('refundAmountRequired')
    .trim()
    .min(1, 'refundAmountRequired')
    .transform((typed, context) => {
      const value = parseTypedRupiah(typed);
      if (value === null || value <= 0 || value > REFUND_INPUT_MAX) {
        context.addIssue({ code: 'custom', message: 'refundAmountInvalid' });
        return z.NEVER;
      }
      return value;
    }),
  reason: adminReasonSchema,
  /** How many refunds the admin saw on the transaction: a refund made meanwhile is a conflict. */
  refundsSeen: z.number().int().min(0).max(1_000),
});
export type RefundTransactionInput = z.input<typeof refundTransactionSchema>;
