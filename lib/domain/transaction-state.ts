// The life of a transaction (DESIGN.md). Every change of state goes through `canTransition`;
// anything not listed here is refused.
export const TRANSACTION_STATUSES = [
  'INQUIRED',
  'AWAITING_PAYMENT',
  'PAID',
  'PROCESSING',
  'PENDING_BILLER',
  'ON_HOLD',
  'SUCCESS',
  'FAILED',
  'REFUNDED',
  'EXPIRED',
] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

// A counter sale skips AWAITING_PAYMENT: the hold on the outlet's deposit, taken in the same DB
// transaction as INQUIRED -> PAID, is its payment.
const ALLOWED: Record<TransactionStatus, readonly TransactionStatus[]> = {
  INQUIRED: ['AWAITING_PAYMENT', 'PAID', 'EXPIRED'],
  AWAITING_PAYMENT: ['PAID', 'EXPIRED'],
  // A fraud rule may stop a paid transaction before the biller is paid, until an admin decides.
  PAID: ['PROCESSING', 'ON_HOLD'],
  ON_HOLD: ['PROCESSING', 'FAILED'],
  PROCESSING: ['SUCCESS', 'PENDING_BILLER', 'FAILED'],
  PENDING_BILLER: ['SUCCESS', 'FAILED'],
  FAILED: ['REFUNDED'],
  // Only by an admin's refund of an online sale, once the gateway has returned all of it.
  SUCCESS: ['REFUNDED'],
  REFUNDED: [],
  EXPIRED: [],
};

export function canTransition(from: TransactionStatus, to: TransactionStatus): boolean {
  return ALLOWED[from].includes(to);
}

export function isFinal(status: TransactionStatus): boolean {
  return ALLOWED[status].length === 0;
}

/** How long a customer has between an inquiry and starting payment. */
export const INQUIRY_TTL_MS = 15 * 60 * 1000;
