import {
  MOBILE_MAX_DIGITS,
  MOBILE_MIN_DIGITS,
  detectOperator,
  parseMobileNumber,
  type OperatorPrefixTable,
} from './operators';
import type { ReferenceCheck, ReferenceRule } from './rules';

// One checker per rule kind. Messages are keys in the `reference` namespace.

const fail = (key: string, params?: Record<string, string | number>): ReferenceCheck =>
  params
    ? { ok: false, error: { key: `errors.${key}`, params } }
    : { ok: false, error: { key: `errors.${key}` } };

const REQUIRED = fail('required');
const DIGITS_ONLY = fail('digitsOnly');

/** Digit rules: spaces, dashes, dots and brackets are separators, anything else is refused. */
function digitsOf(
  raw: string,
): { ok: true; digits: string } | { ok: false; check: ReferenceCheck } {
  const digits = raw.replace(/[\s\-.()]/g, '');
  if (digits === '') return { ok: false, check: REQUIRED };
  if (!/^\d+$/.test(digits)) return { ok: false, check: DIGITS_ONLY };
  return { ok: true, digits };
}

/** Code rules: case and spaces or dashes do not matter. */
function codeOf(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

function checkPlnPrepaid(raw: string): ReferenceCheck {
  const parsed = digitsOf(raw);
  if (!parsed.ok) return parsed.check;
  const { digits } = parsed;
  if (digits.length !== 11 && digits.length !== 12) {
    return fail('plnPrepaidLength', { count: digits.length });
  }
  return { ok: true, value: digits };
}

function checkPlnPostpaid(raw: string): ReferenceCheck {
  const parsed = digitsOf(raw);
  if (!parsed.ok) return parsed.check;
  const { digits } = parsed;
  if (digits.length !== 12) return fail('plnPostpaidLength', { count: digits.length });
  return { ok: true, value: digits };
}

function checkPdam(raw: string, length: number): ReferenceCheck {
  const parsed = digitsOf(raw);
  if (!parsed.ok) return parsed.check;
  const { digits } = parsed;
  if (digits.length !== length) return fail('pdamLength', { length, count: digits.length });
  return { ok: true, value: digits };
}

function checkMobile(raw: string, prefixes: OperatorPrefixTable): ReferenceCheck {
  const parsed = parseMobileNumber(raw);
  if (!parsed.ok) {
    if (parsed.reason === 'empty') return REQUIRED;
    if (parsed.reason === 'notDigits') return DIGITS_ONLY;
    return fail('mobileNotIndonesian');
  }
  const { local } = parsed;
  if (local.length < MOBILE_MIN_DIGITS) return fail('mobileTooShort');
  if (local.length > MOBILE_MAX_DIGITS) return fail('mobileTooLong');
  const operator = detectOperator(local, prefixes);
  if (!operator) return fail('mobileUnknownOperator', { prefix: local.slice(0, 4) });
  return { ok: true, value: local, operator };
}

// Area codes start 02-07 or 09 (021 Jakarta, 0361 Denpasar, 0967 Jayapura); 08 is mobile.
const LANDLINE = /^0[2-79]/;

function checkTelkom(raw: string): ReferenceCheck {
  const parsed = digitsOf(raw);
  if (!parsed.ok) return parsed.check;
  const { digits } = parsed;
  if (digits.startsWith('0')) {
    if (digits.length >= 2 && !LANDLINE.test(digits)) return fail('telkomNotLandline');
    if (digits.length < 9 || digits.length > 13) {
      return fail('telkomLength', { count: digits.length });
    }
    return { ok: true, value: digits };
  }
  if (digits.length !== 12) return fail('telkomLength', { count: digits.length });
  return { ok: true, value: digits };
}

const BPJS_PREFIX = '88888';

function checkBpjs(raw: string): ReferenceCheck {
  const parsed = digitsOf(raw);
  if (!parsed.ok) return parsed.check;
  const { digits } = parsed;
  // Once five digits are there, a wrong start is the clearer message.
  if (digits.length >= BPJS_PREFIX.length && !digits.startsWith(BPJS_PREFIX)) {
    return fail('bpjsPrefix');
  }
  if (digits.length !== 16) return fail('bpjsLength', { count: digits.length });
  return { ok: true, value: digits };
}

function checkKaiBooking(raw: string): ReferenceCheck {
  const code = codeOf(raw);
  if (code === '') return REQUIRED;
  if (!/^[A-Z0-9]+$/.test(code)) return fail('kaiCharacters');
  if (code.length !== 7) return fail('kaiLength', { count: code.length });
  return { ok: true, value: code };
}

const TICKET_PREFIX = 'TIX';

function checkEventTicket(raw: string): ReferenceCheck {
  const code = codeOf(raw);
  if (code === '') return REQUIRED;
  if (!/^[A-Z0-9]+$/.test(code)) return fail('eventTicketCharacters');
  if (!code.startsWith(TICKET_PREFIX)) return fail('eventTicketPrefix');
  if (code.length !== TICKET_PREFIX.length + 7) {
    return fail('eventTicketLength', { count: code.length });
  }
  return { ok: true, value: code };
}

export function checkByKind(
  rule: ReferenceRule,
  raw: string,
  prefixes: OperatorPrefixTable,
): ReferenceCheck {
  switch (rule.kind) {
    case 'pln-prepaid':
      return checkPlnPrepaid(raw);
    case 'pln-postpaid':
      return checkPlnPostpaid(raw);
    case 'pdam':
      return checkPdam(raw, rule.length);
    case 'mobile':
      return checkMobile(raw, prefixes);
    case 'telkom':
      return checkTelkom(raw);
    case 'bpjs':
      return checkBpjs(raw);
    case 'kai-booking':
      return checkKaiBooking(raw);
    case 'event-ticket':
      return checkEventTicket(raw);
  }
}
