import { z } from 'zod';
import { wibDayStart } from './history';
import { imageFileSchema } from './identity/submission';
import type { Rupiah } from './money';

// An outlet's deposit: what a counter sale costs it and what the customer is asked for, the
// top-up limits and forms, and how a statement line is named. Form messages are keys of the
// `validation` namespace.

/** Biaya loket on one sale: the outlet's markup, capped by the biller's maximum. */
export function outletMarkupFor(outletMarkup: Rupiah, maxOutletMarkup: Rupiah): Rupiah {
  return Math.max(0, Math.min(outletMarkup, maxOutletMarkup));
}

/**
 * A counter sale's money: the customer hands over the total with the biaya loket, which stays
 * in the outlet's drawer; the deposit pays the rest (bill, penalty and admin fee, or the
 * product's price and admin fee).
 */
export function counterAmounts(input: { totalAmount: Rupiah; outletMarkup: Rupiah }): {
  totalToCollect: Rupiah;
  depositCharge: Rupiah;
} {
  return {
    totalToCollect: input.totalAmount + input.outletMarkup,
    depositCharge: input.totalAmount,
  };
}

/** Whether the deposit is low enough to warn about; a threshold of 0 turns the warning off. */
export const isLowBalance = (available: Rupiah, threshold: Rupiah): boolean =>
  threshold > 0 && available < threshold;

export const TOP_UP_MIN = 50_000;
export const TOP_UP_MAX = 50_000_000;
export const LOW_BALANCE_THRESHOLD_MAX = 100_000_000;
export const TOP_UP_BANKS = ['BCA', 'BNI', 'BRI', 'MANDIRI', 'PERMATA'] as const;
export type TopUpBank = (typeof TOP_UP_BANKS)[number];
export const TOP_UP_STATUSES = ['PENDING', 'PAID', 'REJECTED', 'EXPIRED'] as const;
export type TopUpStatus = (typeof TOP_UP_STATUSES)[number];

/** The gateway order id of a VA top-up: its prefix tells a top-up from a bill payment. */
const TOP_UP_ORDER_PREFIX = 'TOPUP-';
export const topUpOrderId = (topUpId: string) => `${TOP_UP_ORDER_PREFIX}${topUpId}`;
export function topUpIdOfOrder(orderId: string): string | null {
  return orderId.startsWith(TOP_UP_ORDER_PREFIX) && orderId.length > TOP_UP_ORDER_PREFIX.length
    ? orderId.slice(TOP_UP_ORDER_PREFIX.length)
    : null;
}

/** "1.250.000", "Rp 1.250.000" or 1250000 as whole rupiah; anything else stays as typed. */
function rupiahInput(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const compact = value.replace(/^\s*rp\.?\s*/i, '').replace(/[\s.]/g, '');
  return /^\d{1,15}$/.test(compact) ? Number(compact) : value.trim() === '' ? undefined : value;
}

/** A whole-rupiah form field as typed ("1.250.000", "Rp 1.250.000"); messages are keys. */
export const rupiahField = (required: string, invalid: string) =>
  z.preprocess(
    rupiahInput,
    z
      .number({ error: (issue) => (issue.input === undefined ? required : invalid) })
      .int(invalid)
      .safe(invalid),
  );

const topUpAmount = rupiahField('topUpAmountRequired', 'topUpAmountInvalid')
  .refine((n) => n >= TOP_UP_MIN, 'topUpAmountTooSmall')
  .refine((n) => n <= TOP_UP_MAX, 'topUpAmountTooLarge');

const bank = z.enum(TOP_UP_BANKS, 'topUpBankRequired');

export const vaTopUpSchema = z.object({
  amount: topUpAmount,
  bank,
  idempotencyKey: z.string().min(8).max(100),
});

export const TRANSFER_REF_MAX = 60;

/** The text fields of a manual top-up; the proof image is checked by content on the server. */
export const manualTopUpFieldsSchema = z.object({
  amount: topUpAmount,
  bank,
  transferRef: z
    .string('transferRefRequired')
    .trim()
    .min(3, 'transferRefRequired')
    .max(TRANSFER_REF_MAX, 'transferRefTooLong'),
});

/** The manual top-up form in the browser: the same fields plus the chosen proof image. */
export const manualTopUpFormSchema = manualTopUpFieldsSchema.extend({
  proofImage: imageFileSchema,
});

export const lowBalanceThresholdSchema = z.object({
  threshold: rupiahField('thresholdRequired', 'thresholdInvalid')
    .refine((n) => n >= 0, 'thresholdInvalid')
    .refine((n) => n <= LOW_BALANCE_THRESHOLD_MAX, 'thresholdTooLarge'),
});

export const TOP_UP_REJECTION_MIN = 10;
export const TOP_UP_REJECTION_MAX = 500;

/** The admin's rejection form: a reason the owner reads. */
export const topUpRejectionSchema = z.object({
  reason: z
    .string('topUpReasonTooShort')
    .trim()
    .min(TOP_UP_REJECTION_MIN, 'topUpReasonTooShort')
    .max(TOP_UP_REJECTION_MAX, 'topUpReasonTooLong'),
});

export const topUpDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ topUpId: z.string().min(1).max(64), decision: z.literal('APPROVE') }),
  z.object({
    topUpId: z.string().min(1).max(64),
    decision: z.literal('REJECT'),
    ...topUpRejectionSchema.shape,
  }),
]);

// ---------------------------------------------------------------------------------------------
// The statement: every movement of the deposit account, named by the ledger posting behind it.

export const DEPOSIT_LEDGER_KINDS = {
  hold: 'DEPOSIT_HOLD',
  holdPosted: 'DEPOSIT_HOLD_POSTED',
  holdReleased: 'DEPOSIT_HOLD_RELEASED',
  commission: 'AGENT_COMMISSION',
  topUp: 'DEPOSIT_TOPUP',
  adjustment: 'DEPOSIT_ADJUSTMENT',
} as const;

export type StatementKind = 'sale' | 'released' | 'commission' | 'topUp' | 'adjustment' | 'other';

/** One movement of the deposit account, as the owner's and the admin's statements show it. */
export type StatementLine = {
  id: string;
  at: Date;
  kind: StatementKind;
  /** Into the deposit positive, out of it negative. */
  amount: Rupiah;
  /** What the deposit held (available) right after this movement. */
  balanceAfter: Rupiah;
  /** Sales, releases and commissions: the sale. */
  sale: { transactionId: string; billerName: string; customerNo: string } | null;
  /** Top-ups: how the money came. */
  topUp: { method: 'VA' | 'MANUAL'; channel: string } | null;
  /** An admin's adjustment: the reason the owner reads. */
  adjustment: { reason: string } | null;
};

export type Statement = { lines: StatementLine[]; page: number; pageCount: number };

export function statementKind(ledgerKind: string): StatementKind {
  switch (ledgerKind) {
    case DEPOSIT_LEDGER_KINDS.hold:
      return 'sale';
    case DEPOSIT_LEDGER_KINDS.holdReleased:
      return 'released';
    case DEPOSIT_LEDGER_KINDS.commission:
      return 'commission';
    case DEPOSIT_LEDGER_KINDS.topUp:
      return 'topUp';
    case DEPOSIT_LEDGER_KINDS.adjustment:
      return 'adjustment';
    default:
      return 'other';
  }
}

export const STATEMENT_PAGE_SIZE = 20;

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

/** The statement's filters, from its URL: WIB calendar dates and a page number. */
export const statementFiltersSchema = z
  .object({
    from: dateParam,
    to: dateParam,
    page: param(
      z.coerce.number('invalid').int('invalid').min(1, 'invalid').max(10_000, 'invalid').default(1),
    ),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'historyDateOrder' });

export type StatementFilters = z.output<typeof statementFiltersSchema>;
