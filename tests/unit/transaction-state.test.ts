import { describe, expect, it } from 'vitest';
import {
  canTransition,
  isFinal,
  TRANSACTION_STATUSES,
  type TransactionStatus,
} from '@/lib/domain/transaction-state';

const allowed: [TransactionStatus, TransactionStatus][] = [
  ['INQUIRED', 'AWAITING_PAYMENT'],
  // A counter sale: the deposit hold is taken with this transition.
  ['INQUIRED', 'PAID'],
  ['INQUIRED', 'EXPIRED'],
  ['AWAITING_PAYMENT', 'PAID'],
  ['AWAITING_PAYMENT', 'EXPIRED'],
  ['PAID', 'PROCESSING'],
  // Held by a fraud rule, then released (the biller is paid) or rejected (the money goes back).
  ['PAID', 'ON_HOLD'],
  ['ON_HOLD', 'PROCESSING'],
  ['ON_HOLD', 'FAILED'],
  ['PROCESSING', 'SUCCESS'],
  ['PROCESSING', 'PENDING_BILLER'],
  ['PROCESSING', 'FAILED'],
  ['PENDING_BILLER', 'SUCCESS'],
  ['PENDING_BILLER', 'FAILED'],
  ['FAILED', 'REFUNDED'],
  // An admin's refund of a successful online sale.
  ['SUCCESS', 'REFUNDED'],
];

describe('transaction state machine', () => {
  it('allows exactly the transitions of the design, and refuses every other pair', () => {
    for (const from of TRANSACTION_STATUSES) {
      for (const to of TRANSACTION_STATUSES) {
        const expected = allowed.some(([a, b]) => a === from && b === to);
        expect(canTransition(from, to), `${from} -> ${to}`).toBe(expected);
      }
    }
  });

  it('a paid transaction can never expire, and a success can never fail', () => {
    expect(canTransition('PAID', 'EXPIRED')).toBe(false);
    expect(canTransition('SUCCESS', 'FAILED')).toBe(false);
    expect(canTransition('SUCCESS', 'PENDING_BILLER')).toBe(false);
  });

  it('knows the final states', () => {
    expect(TRANSACTION_STATUSES.filter(isFinal)).toEqual(['REFUNDED', 'EXPIRED']);
  });
});
