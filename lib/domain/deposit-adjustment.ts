import { z } from 'zod';
import { rupiahField } from './deposit';
import type { Rupiah } from './money';

// An admin's correction of an outlet's deposit: added or taken away, always with a reason the
// owner reads on the statement. Form messages are keys of the `validation` namespace.

export const DEPOSIT_ADJUSTMENT_MAX = 100_000_000;
export const ADJUSTMENT_REASON_MIN = 10;
export const ADJUSTMENT_REASON_MAX = 500;
export const ADJUSTMENT_DIRECTIONS = ['ADD', 'SUBTRACT'] as const;
export type AdjustmentDirection = (typeof ADJUSTMENT_DIRECTIONS)[number];

export const depositAdjustmentSchema = z.object({
  outletId: z.string('invalid').min(1, 'invalid').max(64, 'invalid'),
  direction: z.enum(ADJUSTMENT_DIRECTIONS, 'adjustmentDirectionRequired'),
  amount: rupiahField('adjustmentAmountRequired', 'adjustmentAmountInvalid')
    .refine((n) => n > 0, 'adjustmentAmountInvalid')
    .refine((n) => n <= DEPOSIT_ADJUSTMENT_MAX, 'adjustmentAmountTooLarge'),
  reason: z
    .string('adjustmentReasonTooShort')
    .trim()
    .min(ADJUSTMENT_REASON_MIN, 'adjustmentReasonTooShort')
    .max(ADJUSTMENT_REASON_MAX, 'adjustmentReasonTooLong'),
  idempotencyKey: z.uuid('invalid'),
});

export type DepositAdjustmentInput = z.output<typeof depositAdjustmentSchema>;

/** The adjustment as the ledger and the table keep it: positive adds, negative takes away. */
export const signedAdjustmentAmount = (input: {
  direction: AdjustmentDirection;
  amount: Rupiah;
}): Rupiah => (input.direction === 'ADD' ? input.amount : -input.amount);

/** The available deposit once the adjustment is posted (what the confirmation shows). */
export const availableAfterAdjustment = (
  available: Rupiah,
  input: { direction: AdjustmentDirection; amount: Rupiah },
): Rupiah => available + signedAdjustmentAmount(input);

/** The ledger key of an adjustment's posting: one per adjustment, so it is posted once. */
const LEDGER_KEY = /^deposit-adjustment:(.+)$/;
export const adjustmentLedgerKey = (adjustmentId: string) => `deposit-adjustment:${adjustmentId}`;
export const adjustmentIdOfLedgerKey = (key: string) => LEDGER_KEY.exec(key)?.[1] ?? null;
