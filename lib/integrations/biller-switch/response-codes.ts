import type { InquiryRefusal, PaymentFailure, PendingReason, ReversalOutcome } from './types';

// Every response code of docs/biller-switch-protocol.md, read explicitly for each request.
// The rule behind the defaults: an unknown answer to a payment is pending, never failed.

export type InquiryReading =
  | { kind: 'ok' }
  | { kind: 'refused'; reason: InquiryRefusal }
  | { kind: 'unavailable'; reason: 'TIMEOUT' | 'MALFUNCTION' | 'UNKNOWN_CODE' };

export type PaymentReading =
  | { kind: 'success' }
  | { kind: 'failed'; reason: PaymentFailure }
  | { kind: 'pending'; reason: PendingReason }
  | { kind: 'reversed' };

export type ReversalReading =
  | { kind: 'reversed' }
  | { kind: 'refused' }
  | { kind: 'unknown'; reason: Extract<ReversalOutcome, { kind: 'unknown' }>['reason'] };

const refused = (reason: InquiryRefusal) => ({ kind: 'refused', reason }) as const;
const unavailable = (reason: 'TIMEOUT' | 'MALFUNCTION' | 'UNKNOWN_CODE') =>
  ({ kind: 'unavailable', reason }) as const;
const failed = (reason: PaymentFailure) => ({ kind: 'failed', reason }) as const;
const pending = (reason: PendingReason) => ({ kind: 'pending', reason }) as const;

const INQUIRY = new Map<string, InquiryReading>([
  ['00', { kind: 'ok' }],
  ['01', unavailable('TIMEOUT')],
  ['02', unavailable('MALFUNCTION')],
  ['03', unavailable('TIMEOUT')],
  ['14', refused('UNKNOWN_CUSTOMER')],
  ['40', refused('INVALID_REQUEST')],
  ['41', refused('INVALID_REQUEST')],
  ['44', unavailable('MALFUNCTION')],
  ['49', refused('DUPLICATE_REFERENCE')],
  ['54', refused('ALREADY_PAID')],
  ['58', refused('CUT_OFF')],
  ['60', refused('NOT_AVAILABLE_YET')],
  ['63', unavailable('UNKNOWN_CODE')],
  ['68', unavailable('TIMEOUT')],
  ['70', unavailable('TIMEOUT')],
  ['74', unavailable('UNKNOWN_CODE')],
  ['88', refused('NOT_AVAILABLE_YET')],
  ['90', refused('CUT_OFF')],
  ['96', unavailable('MALFUNCTION')],
  ['99', unavailable('MALFUNCTION')],
]);

const PAYMENT = new Map<string, PaymentReading>([
  ['00', { kind: 'success' }],
  ['01', pending('SWITCH_TIMEOUT')],
  ['02', failed('FAILED')],
  ['03', pending('SWITCH_PENDING')],
  ['14', failed('UNKNOWN_CUSTOMER')],
  ['40', failed('INVALID_REQUEST')],
  ['41', failed('INVALID_REQUEST')],
  ['44', failed('INSUFFICIENT_DEPOSIT')],
  ['49', pending('DUPLICATE_REFERENCE')],
  ['54', failed('ALREADY_PAID')],
  ['58', failed('CUT_OFF')],
  ['60', failed('NOT_AVAILABLE_YET')],
  ['63', failed('NOT_FOUND')],
  ['68', pending('SWITCH_TIMEOUT')],
  ['70', pending('SWITCH_TIMEOUT')],
  ['74', { kind: 'reversed' }],
  ['88', failed('NOT_AVAILABLE_YET')],
  ['90', failed('CUT_OFF')],
  ['96', pending('MALFUNCTION')],
  ['99', pending('MALFUNCTION')],
]);

// An advice answers with the payment's status, except when the advice itself is refused: then
// the payment is as unknown as before.
const ADVICE = new Map<string, PaymentReading>([
  ...PAYMENT,
  ['40', pending('ADVICE_REFUSED')],
  ['41', pending('ADVICE_REFUSED')],
  ['49', pending('ADVICE_REFUSED')],
]);

const REFUSED: ReversalReading = { kind: 'refused' };
const REVERSAL = new Map<string, ReversalReading>([
  ['00', { kind: 'reversed' }],
  ['01', { kind: 'unknown', reason: 'SWITCH_TIMEOUT' }],
  ['02', REFUSED],
  ['03', { kind: 'unknown', reason: 'SWITCH_PENDING' }],
  ['14', REFUSED],
  ['40', REFUSED],
  ['41', REFUSED],
  ['44', REFUSED],
  ['49', REFUSED],
  ['54', REFUSED],
  ['58', REFUSED],
  ['60', REFUSED],
  ['63', REFUSED],
  ['68', { kind: 'unknown', reason: 'SWITCH_TIMEOUT' }],
  ['70', { kind: 'unknown', reason: 'SWITCH_TIMEOUT' }],
  ['74', { kind: 'reversed' }],
  ['88', REFUSED],
  ['90', REFUSED],
  ['96', { kind: 'unknown', reason: 'MALFUNCTION' }],
  ['99', { kind: 'unknown', reason: 'MALFUNCTION' }],
]);

export const readInquiryCode = (rc: string): InquiryReading =>
  INQUIRY.get(rc) ?? unavailable('UNKNOWN_CODE');

export const readPaymentCode = (rc: string): PaymentReading =>
  PAYMENT.get(rc) ?? pending('UNKNOWN_CODE');

export const readAdviceCode = (rc: string): PaymentReading =>
  ADVICE.get(rc) ?? pending('UNKNOWN_CODE');

export const readReversalCode = (rc: string): ReversalReading =>
  REVERSAL.get(rc) ?? { kind: 'unknown', reason: 'UNKNOWN_CODE' };

/** Whether the code is in the protocol's table (all four tables hold the same codes). */
export const isKnownCode = (rc: string) => PAYMENT.has(rc);

/** Codes that mean Loket sent something wrong: worth an error in the log, whatever the step. */
export const isOurFault = (rc: string) => rc === '40' || rc === '41';
