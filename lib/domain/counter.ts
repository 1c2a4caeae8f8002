import { z } from 'zod';
import type { Rupiah } from './money';
import type { TransactionStatus } from './transaction-state';

// The agent's counter: the cash in the drawer, the change, and the forms of a shift. Messages are
// keys of the `validation` namespace.

/** The most cash a counter form accepts, a guard against a stuck key (Rp100.000.000). */
export const COUNTER_CASH_MAX = 100_000_000;

/**
 * Rupiah as a cashier types it: "50000", "50.000", "Rp 50.000" or "50 000". Null for anything
 * else (letters, decimals, minus signs), so a typo is never read as a different amount.
 */
export function parseRupiahInput(text: string): Rupiah | null {
  const compact = text
    .trim()
    .replace(/^rp\.?/i, '')
    .replace(/[\s.]/g, '');
  if (!/^\d{1,12}$/.test(compact)) return null;
  return Number(compact);
}

/** A form field of typed rupiah, parsed to whole rupiah with the given message keys. */
export const rupiahInput = (requiredKey: string, invalidKey: string) =>
  z
    .string()
    .trim()
    .min(1, requiredKey)
    .transform((text, context) => {
      const value = parseRupiahInput(text);
      if (value === null || value > COUNTER_CASH_MAX) {
        context.addIssue({ code: 'custom', message: invalidKey });
        return z.NEVER;
      }
      return value;
    });

export const CLOSING_NOTE_MAX = 500;

export const openShiftSchema = z.object({
  openingCash: rupiahInput('openingCashRequired', 'cashAmountInvalid'),
});
export type OpenShiftInput = z.input<typeof openShiftSchema>;

/** The note is required when the count differs from what was expected (checked by the server). */
export const closeShiftSchema = z.object({
  countedCash: rupiahInput('countedCashRequired', 'cashAmountInvalid'),
  note: z.string().trim().max(CLOSING_NOTE_MAX, 'closingNoteTooLong').default(''),
});
export type CloseShiftInput = z.input<typeof closeShiftSchema>;

/** Cash in the customer's hand, typed at the counter. */
export const cashReceivedSchema = rupiahInput('cashReceivedRequired', 'cashAmountInvalid');

// ---------------------------------------------------------------------------------------------
// The sale.

/** What the customer hands over: the sale's total plus the outlet's biaya loket. */
export function amountToCollect(sale: { totalAmount: Rupiah; outletMarkup: Rupiah }): Rupiah {
  return sale.totalAmount + sale.outletMarkup;
}

/** The change to hand back, or null while the cash does not cover the total. */
export function changeDue(total: Rupiah, cashReceived: Rupiah | null): Rupiah | null {
  if (cashReceived === null || cashReceived < total) return null;
  return cashReceived - total;
}

const NOTES = [50_000, 100_000] as const;

/**
 * Amounts a cashier is likely to be handed for a total: the exact amount, then the total
 * rounded up to the next Rp50.000 and Rp100.000 (each only once, and only when above the total).
 */
export function quickCashAmounts(total: Rupiah): Rupiah[] {
  const amounts: Rupiah[] = [total];
  for (const note of NOTES) {
    const rounded = Math.ceil(total / note) * note;
    if (rounded > total && !amounts.includes(rounded)) amounts.push(rounded);
  }
  return amounts;
}

// ---------------------------------------------------------------------------------------------
// The shift's cash.

/**
 * Sales whose cash stays in the drawer: taken from the customer and not handed back. A FAILED
 * sale's cash goes back to the customer; an inquiry never took any.
 */
export const CASH_KEPT_STATUSES = [
  'PAID',
  'PROCESSING',
  'PENDING_BILLER',
  'SUCCESS',
] as const satisfies readonly TransactionStatus[];

export type ShiftSale = {
  status: TransactionStatus;
  totalAmount: Rupiah;
  outletMarkup: Rupiah;
  cashReceived: Rupiah | null;
};

export function keepsCash(sale: ShiftSale): boolean {
  return (
    sale.cashReceived !== null &&
    (CASH_KEPT_STATUSES as readonly TransactionStatus[]).includes(sale.status)
  );
}

/** The opening cash plus what each sale that kept its cash collected (the change went back). */
export function expectedCash(openingCash: Rupiah, sales: readonly ShiftSale[]): Rupiah {
  return sales.filter(keepsCash).reduce((sum, sale) => sum + amountToCollect(sale), openingCash);
}

/** Counted minus expected: negative when cash is missing, positive when there is too much. */
export function cashDifference(counted: Rupiah, expected: Rupiah): Rupiah {
  return counted - expected;
}

// ---------------------------------------------------------------------------------------------
// Days in Jakarta (WIB, UTC+7 all year).

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The Jakarta calendar date of an instant, YYYY-MM-DD. */
export function wibDateKey(instant: Date): string {
  const wib = new Date(instant.getTime() + WIB_OFFSET_MS);
  return `${wib.getUTCFullYear()}-${pad(wib.getUTCMonth() + 1)}-${pad(wib.getUTCDate())}`;
}
