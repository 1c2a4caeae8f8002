import type { ChargeFailure, ChargeResult, RefundRefusal } from './types';

// Every failure and error code of docs/gateway.md, read explicitly. An unknown failure code is
// still a failure (the gateway said FAILED); an unknown error code is no answer at all.

type ChargeRefusal = Extract<ChargeResult, { kind: 'refused' }>['reason'];

const FAILURES = new Map<string, ChargeFailure>([
  ['05', 'DO_NOT_HONOUR'],
  ['14', 'INVALID_CARD'],
  ['51', 'INSUFFICIENT_FUNDS'],
  ['54', 'EXPIRED_CARD'],
  ['91', 'ISSUER_UNAVAILABLE'],
  ['AUTHENTICATION_FAILED', 'AUTHENTICATION_FAILED'],
  ['DECLINED', 'DECLINED'],
]);

const CHARGE_REFUSALS = new Map<string, ChargeRefusal>([
  ['idempotency_conflict', 'IDEMPOTENCY_CONFLICT'],
  ['invalid_request', 'INVALID_REQUEST'],
  ['invalid_json', 'INVALID_REQUEST'],
  ['missing_idempotency_key', 'INVALID_REQUEST'],
  ['unauthorized', 'UNAUTHORIZED'],
]);

const REFUND_REFUSALS = new Map<string, RefundRefusal>([
  ['refund_exceeds_paid', 'EXCEEDS_PAID'],
  ['charge_not_refundable', 'NOT_REFUNDABLE'],
  ['refund_conflict', 'REFUND_ID_CONFLICT'],
  ['not_found', 'NOT_FOUND'],
  ['invalid_request', 'INVALID_REQUEST'],
  ['invalid_json', 'INVALID_REQUEST'],
  ['unauthorized', 'UNAUTHORIZED'],
]);

export const readFailureCode = (code: string): ChargeFailure => FAILURES.get(code) ?? 'UNKNOWN';

export const readChargeError = (error: string): ChargeRefusal | undefined =>
  CHARGE_REFUSALS.get(error);

export const readRefundError = (error: string): RefundRefusal | undefined =>
  REFUND_REFUSALS.get(error);

/** Errors that mean Loket sent something wrong or holds the wrong key: worth an error log. */
export const isOurFault = (reason: string) =>
  reason === 'INVALID_REQUEST' || reason === 'UNAUTHORIZED';
