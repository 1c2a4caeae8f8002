import { z } from 'zod';

// Fraud rules: daily limits per customer, per reference (biller + customer number) and per card,
// counted over the WIB calendar day of the payment. A paid transaction that breaks one is held
// for an admin's review instead of paying the biller. Messages are keys of `validation`.

export const FRAUD_RULE_KINDS = [
  'CUSTOMER_DAILY_COUNT',
  'CUSTOMER_DAILY_AMOUNT',
  'REFERENCE_DAILY_COUNT',
  'CARD_DAILY_COUNT',
] as const;
export type FraudRuleKind = (typeof FRAUD_RULE_KINDS)[number];

/** A reason a transaction is held: a broken limit, or a reference blocked after checkout. */
export type HoldReasonKind = FraudRuleKind | 'BLOCKED_REFERENCE';

/** Why a held transaction failed and was refunded: an admin rejected it after review. */
export const FRAUD_REJECTED = 'FRAUD_REJECTED';

/** Amount rules count rupiah; the others count transactions. */
export const isAmountRule = (kind: HoldReasonKind) => kind === 'CUSTOMER_DAILY_AMOUNT';

export type FraudRuleSetting = { kind: FraudRuleKind; limit: number; active: boolean };

/**
 * What was paid on the payment's WIB day, this transaction included. `cardCount` is null when
 * it was not paid by card.
 */
export type DailyActivity = {
  customerCount: number;
  customerAmount: number;
  referenceCount: number;
  cardCount: number | null;
};

export type BrokenRule = { kind: HoldReasonKind; limit: number; actual: number };

function actualFor(kind: FraudRuleKind, activity: DailyActivity): number | null {
  switch (kind) {
    case 'CUSTOMER_DAILY_COUNT':
      return activity.customerCount;
    case 'CUSTOMER_DAILY_AMOUNT':
      return activity.customerAmount;
    case 'REFERENCE_DAILY_COUNT':
      return activity.referenceCount;
    case 'CARD_DAILY_COUNT':
      return activity.cardCount;
  }
}

/** The active rules the day's activity goes over: reaching a limit exactly is still allowed. */
export function brokenRules(
  rules: readonly FraudRuleSetting[],
  activity: DailyActivity,
): BrokenRule[] {
  const broken: BrokenRule[] = [];
  for (const rule of rules) {
    if (!rule.active) continue;
    const actual = actualFor(rule.kind, activity);
    if (actual !== null && actual > rule.limit) {
      broken.push({ kind: rule.kind, limit: rule.limit, actual });
    }
  }
  return broken;
}

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The WIB calendar day an instant falls in, as a half-open range of instants. */
export function wibDayOf(instant: Date): { start: Date; end: Date } {
  const wib = instant.getTime() + WIB_OFFSET_MS;
  const start = wib - (((wib % DAY_MS) + DAY_MS) % DAY_MS) - WIB_OFFSET_MS;
  return { start: new Date(start), end: new Date(start + DAY_MS) };
}

/** The reasons stored on a hold, read back; anything unreadable is left out. */
export function parseHoldReasons(json: string): BrokenRule[] {
  const parsed = z
    .array(z.object({ kind: z.string(), limit: z.number(), actual: z.number() }))
    .safeParse(safeJson(json));
  if (!parsed.success) return [];
  return parsed.data.filter((r): r is BrokenRule => isHoldReasonKind(r.kind));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function isFraudRuleKindOrNull(kind: string): FraudRuleKind | null {
  return (FRAUD_RULE_KINDS as readonly string[]).includes(kind) ? (kind as FraudRuleKind) : null;
}

export function isHoldReasonKind(kind: string): kind is HoldReasonKind {
  return kind === 'BLOCKED_REFERENCE' || (FRAUD_RULE_KINDS as readonly string[]).includes(kind);
}

// ---------------------------------------------------------------------------------------------
// Forms

export const FRAUD_LIMIT_MAX = 1_000_000_000_000;
export const FRAUD_NOTE_MAX = 500;
export const BLOCK_REASON_MAX = 200;
export const CUSTOMER_NO_MAX = 32;

export const updateFraudRuleSchema = z.object({
  kind: z.enum(FRAUD_RULE_KINDS, 'invalid'),
  limit: z
    .union([z.string().trim().min(1, 'fraudLimitInvalid'), z.number()], 'fraudLimitInvalid')
    .transform(Number)
    .pipe(
      z
        .number('fraudLimitInvalid')
        .int('fraudLimitInvalid')
        .min(0, 'fraudLimitInvalid')
        .max(FRAUD_LIMIT_MAX, 'fraudLimitInvalid'),
    ),
  active: z.boolean('invalid'),
  /** The version the admin saw: 0 when the rule was never saved. */
  version: z.number('invalid').int('invalid').min(0, 'invalid'),
});
export type UpdateFraudRuleInput = z.input<typeof updateFraudRuleSchema>;

export const blockReferenceSchema = z.object({
  /** Empty: blocked at every biller. */
  billerId: z.string('invalid').max(64, 'invalid'),
  customerNo: z
    .string('fraudRequired')
    .trim()
    .min(1, 'fraudRequired')
    .max(CUSTOMER_NO_MAX, 'blockCustomerNoInvalid')
    .regex(/^[0-9A-Za-z-]+$/, 'blockCustomerNoInvalid'),
  reason: z
    .string('fraudRequired')
    .trim()
    .min(3, 'blockReasonTooShort')
    .max(BLOCK_REASON_MAX, 'fraudTextTooLong'),
});
export type BlockReferenceInput = z.input<typeof blockReferenceSchema>;

export const unblockReferenceSchema = z.object({ id: z.string('invalid').min(1).max(64) });

export const releaseHoldSchema = z.object({
  holdId: z.string('invalid').min(1, 'invalid').max(64, 'invalid'),
  note: z.string('invalid').trim().max(FRAUD_NOTE_MAX, 'fraudTextTooLong'),
});
export type ReleaseHoldInput = z.input<typeof releaseHoldSchema>;

export const rejectHoldSchema = z.object({
  holdId: z.string('invalid').min(1, 'invalid').max(64, 'invalid'),
  note: z
    .string('fraudRequired')
    .trim()
    .min(3, 'fraudNoteRequired')
    .max(FRAUD_NOTE_MAX, 'fraudTextTooLong'),
});
export type RejectHoldInput = z.input<typeof rejectHoldSchema>;
