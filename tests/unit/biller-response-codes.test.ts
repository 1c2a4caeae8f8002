import { describe, expect, it } from 'vitest';
import {
  readAdviceCode,
  readInquiryCode,
  readPaymentCode,
  readReversalCode,
} from '@/lib/integrations/biller-switch/response-codes';

function unavailable(reason: string) {
  return { kind: 'unavailable', reason };
}
function refused(reason: string) {
  return { kind: 'refused', reason };
}
function failed(reason: string) {
  return { kind: 'failed', reason };
}
function pending(reason: string) {
  return { kind: 'pending', reason };
}
function unknown(reason: string) {
  return { kind: 'unknown', reason };
}

// Each row: rc, then its reading on inquiry, payment, advice and reversal
// (docs/biller-switch-protocol.md, "Response codes").
const REFUSED = { kind: 'refused' };
// prettier-ignore
const TABLE = [
  ['00', { kind: 'ok' },                  { kind: 'success' },             { kind: 'success' },             { kind: 'reversed' }],
  ['01', unavailable('TIMEOUT'),          pending('SWITCH_TIMEOUT'),       pending('SWITCH_TIMEOUT'),       unknown('SWITCH_TIMEOUT')],
  ['02', unavailable('MALFUNCTION'),      failed('FAILED'),                failed('FAILED'),                REFUSED],
  ['03', unavailable('TIMEOUT'),          pending('SWITCH_PENDING'),       pending('SWITCH_PENDING'),       unknown('SWITCH_PENDING')],
  ['14', refused('UNKNOWN_CUSTOMER'),     failed('UNKNOWN_CUSTOMER'),      failed('UNKNOWN_CUSTOMER'),      REFUSED],
  ['40', refused('INVALID_REQUEST'),      failed('INVALID_REQUEST'),       pending('ADVICE_REFUSED'),       REFUSED],
  ['41', refused('INVALID_REQUEST'),      failed('INVALID_REQUEST'),       pending('ADVICE_REFUSED'),       REFUSED],
  ['44', unavailable('MALFUNCTION'),      failed('INSUFFICIENT_DEPOSIT'),  failed('INSUFFICIENT_DEPOSIT'),  REFUSED],
  ['49', refused('DUPLICATE_REFERENCE'),  pending('DUPLICATE_REFERENCE'),  pending('ADVICE_REFUSED'),       REFUSED],
  ['54', refused('ALREADY_PAID'),         failed('ALREADY_PAID'),          failed('ALREADY_PAID'),          REFUSED],
  ['58', refused('CUT_OFF'),              failed('CUT_OFF'),               failed('CUT_OFF'),               REFUSED],
  ['60', refused('NOT_AVAILABLE_YET'),    failed('NOT_AVAILABLE_YET'),     failed('NOT_AVAILABLE_YET'),     REFUSED],
  ['63', unavailable('UNKNOWN_CODE'),     failed('NOT_FOUND'),             failed('NOT_FOUND'),             REFUSED],
  ['68', unavailable('TIMEOUT'),          pending('SWITCH_TIMEOUT'),       pending('SWITCH_TIMEOUT'),       unknown('SWITCH_TIMEOUT')],
  ['70', unavailable('TIMEOUT'),          pending('SWITCH_TIMEOUT'),       pending('SWITCH_TIMEOUT'),       unknown('SWITCH_TIMEOUT')],
  ['74', unavailable('UNKNOWN_CODE'),     { kind: 'reversed' },            { kind: 'reversed' },            { kind: 'reversed' }],
  ['88', refused('NOT_AVAILABLE_YET'),    failed('NOT_AVAILABLE_YET'),     failed('NOT_AVAILABLE_YET'),     REFUSED],
  ['90', refused('CUT_OFF'),              failed('CUT_OFF'),               failed('CUT_OFF'),               REFUSED],
  ['96', unavailable('MALFUNCTION'),      pending('MALFUNCTION'),          pending('MALFUNCTION'),          unknown('MALFUNCTION')],
  ['99', unavailable('MALFUNCTION'),      pending('MALFUNCTION'),          pending('MALFUNCTION'),          unknown('MALFUNCTION')],
] as const;

describe('biller switch response codes', () => {
  it.each(TABLE)('reads rc %s', (rc, inquiry, payment, advice, reversal) => {
    expect(readInquiryCode(rc)).toEqual(inquiry);
    expect(readPaymentCode(rc)).toEqual(payment);
    expect(readAdviceCode(rc)).toEqual(advice);
    expect(readReversalCode(rc)).toEqual(reversal);
  });

  it.each(['05', '13', '51', '', '0', 'constructor', '__proto__'])(
    'reads the unknown code "%s" as unavailable on inquiry and pending on payment and advice',
    (rc) => {
      expect(readInquiryCode(rc)).toEqual(unavailable('UNKNOWN_CODE'));
      expect(readPaymentCode(rc)).toEqual(pending('UNKNOWN_CODE'));
      expect(readAdviceCode(rc)).toEqual(pending('UNKNOWN_CODE'));
      expect(readReversalCode(rc)).toEqual(unknown('UNKNOWN_CODE'));
    },
  );

  it('never reads a payment as failed unless the switch said so', () => {
    const failing = TABLE.filter(([rc]) => readPaymentCode(rc).kind === 'failed').map(([rc]) => rc);
    expect(failing).toEqual(['02', '14', '40', '41', '44', '54', '58', '60', '63', '88', '90']);
  });
});
