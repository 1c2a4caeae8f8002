import { describe, expect, it } from 'vitest';
import prefixData from '@/prisma/data/operator-prefixes.json';
import id from '@/messages/id';
import en from '@/messages/en';
import {
  checkReference,
  referenceInput,
  referenceRuleSchema,
  type ReferenceCheck,
  type ReferenceRule,
} from '@/lib/domain/references/rules';
import { operatorPrefixTableSchema } from '@/lib/domain/references/operators';

const prefixes = operatorPrefixTableSchema.parse(prefixData);
const check = (rule: ReferenceRule, raw: string) => checkReference(rule, raw, prefixes);
const ok = (value: string, extra: Partial<ReferenceCheck> = {}) => ({ ok: true, value, ...extra });
const error = (key: string, params?: Record<string, string | number>) => ({
  ok: false,
  error: params ? { key: `errors.${key}`, params } : { key: `errors.${key}` },
});

const PLN_PREPAID: ReferenceRule = { kind: 'pln-prepaid' };
const PLN_POSTPAID: ReferenceRule = { kind: 'pln-postpaid' };
const MOBILE: ReferenceRule = { kind: 'mobile' };
const TELKOM: ReferenceRule = { kind: 'telkom' };
const BPJS: ReferenceRule = { kind: 'bpjs' };
const KAI: ReferenceRule = { kind: 'kai-booking' };
const TICKET: ReferenceRule = { kind: 'event-ticket' };
const ALL_RULES: ReferenceRule[] = [
  PLN_PREPAID,
  PLN_POSTPAID,
  { kind: 'pdam', length: 8 },
  MOBILE,
  TELKOM,
  BPJS,
  KAI,
  TICKET,
];

describe('PLN prepaid: 11-digit meter number or 12-digit IDPEL', () => {
  it.each([
    ['14234567890', '14234567890'],
    ['532110987654', '532110987654'],
    ['1423 4567 890', '14234567890'],
    ['5321-1098-7654', '532110987654'],
    ['5321.1098.7654', '532110987654'],
    [' 14234567890 ', '14234567890'],
  ])('accepts %s as %s', (raw, value) => {
    expect(check(PLN_PREPAID, raw)).toEqual(ok(value));
  });

  it.each([
    ['1423456789', 10],
    ['5321109876543', 13],
    ['1', 1],
  ])('refuses %s (%i digits)', (raw, count) => {
    expect(check(PLN_PREPAID, raw)).toEqual(error('plnPrepaidLength', { count }));
  });

  it('refuses letters and empty input', () => {
    expect(check(PLN_PREPAID, '1423456789O')).toEqual(error('digitsOnly'));
    expect(check(PLN_PREPAID, '14234567890#')).toEqual(error('digitsOnly'));
    expect(check(PLN_PREPAID, '  ')).toEqual(error('required'));
    expect(check(PLN_PREPAID, '')).toEqual(error('required'));
  });
});

describe('PLN postpaid: 12-digit IDPEL', () => {
  it.each([
    ['532110987654', '532110987654'],
    ['5321 1098 7654', '532110987654'],
  ])('accepts %s', (raw, value) => {
    expect(check(PLN_POSTPAID, raw)).toEqual(ok(value));
  });

  it('refuses a meter number, wrong lengths and letters', () => {
    expect(check(PLN_POSTPAID, '14234567890')).toEqual(error('plnPostpaidLength', { count: 11 }));
    expect(check(PLN_POSTPAID, '5321109876543')).toEqual(error('plnPostpaidLength', { count: 13 }));
    expect(check(PLN_POSTPAID, 'ID532110987654')).toEqual(error('digitsOnly'));
    expect(check(PLN_POSTPAID, '')).toEqual(error('required'));
  });
});

describe('PDAM: the length of the chosen water utility', () => {
  it.each([
    ['Bandung', 8, '12345678'],
    ['Jakarta', 9, '123456789'],
    ['Surabaya', 10, '1234567890'],
  ])('%s: %i digits', (_city, length, valid) => {
    const rule: ReferenceRule = { kind: 'pdam', length };
    expect(check(rule, valid)).toEqual(ok(valid));
    expect(check(rule, `${valid.slice(0, 4)}-${valid.slice(4)}`)).toEqual(ok(valid));
    expect(check(rule, valid.slice(1))).toEqual(error('pdamLength', { length, count: length - 1 }));
    expect(check(rule, `${valid}0`)).toEqual(error('pdamLength', { length, count: length + 1 }));
    expect(check(rule, `${valid.slice(1)}A`)).toEqual(error('digitsOnly'));
    expect(check(rule, '')).toEqual(error('required'));
  });

  it('is strict per utility: a Surabaya number is not a Bandung number', () => {
    expect(check({ kind: 'pdam', length: 8 }, '1234567890')).toEqual(
      error('pdamLength', { length: 8, count: 10 }),
    );
  });
});

describe('mobile numbers', () => {
  it.each([
    ['081234567890', '081234567890', 'TELKOMSEL'],
    ['+62 812-3456-7890', '081234567890', 'TELKOMSEL'],
    ['62 856 1234 5678', '085612345678', 'INDOSAT'],
    ['0817 1234 5678', '081712345678', 'XL'],
    ['+6283812345678', '083812345678', 'AXIS'],
    ['0896-1234-5678', '089612345678', 'TRI'],
    ['0881 2345 6789', '088123456789', 'SMARTFREN'],
    ['0812345678', '0812345678', 'TELKOMSEL'],
    ['0812345678901', '0812345678901', 'TELKOMSEL'],
  ])('accepts %s as %s (%s)', (raw, value, operator) => {
    expect(check(MOBILE, raw)).toEqual(ok(value, { operator: operator as never }));
  });

  it('tells too short from too long', () => {
    expect(check(MOBILE, '081234567')).toEqual(error('mobileTooShort'));
    expect(check(MOBILE, '+62 812')).toEqual(error('mobileTooShort'));
    expect(check(MOBILE, '08123456789012')).toEqual(error('mobileTooLong'));
  });

  it('refuses numbers that are not Indonesian mobile numbers', () => {
    expect(check(MOBILE, '0212345678')).toEqual(error('mobileNotIndonesian'));
    expect(check(MOBILE, '+1 415 555 0100')).toEqual(error('mobileNotIndonesian'));
    expect(check(MOBILE, '812345678901')).toEqual(error('mobileNotIndonesian'));
  });

  it('refuses an unknown operator prefix', () => {
    expect(check(MOBILE, '08001234567')).toEqual(
      error('mobileUnknownOperator', { prefix: '0800' }),
    );
    expect(check(MOBILE, '+62 839 1234 5678')).toEqual(
      error('mobileUnknownOperator', { prefix: '0839' }),
    );
  });

  it('uses the table it is given, not a built-in one', () => {
    expect(checkReference(MOBILE, '081234567890', [])).toEqual(
      error('mobileUnknownOperator', { prefix: '0812' }),
    );
    expect(checkReference(MOBILE, '081234567890', [{ prefix: '0812', operator: 'XL' }])).toEqual(
      ok('081234567890', { operator: 'XL' }),
    );
  });

  it('refuses letters and empty input', () => {
    expect(check(MOBILE, '0812-3456-789O')).toEqual(error('digitsOnly'));
    expect(check(MOBILE, '0812+3456789')).toEqual(error('digitsOnly'));
    expect(check(MOBILE, ' ')).toEqual(error('required'));
  });
});

describe('Telkom: IndiHome 12 digits or a landline with its area code', () => {
  it.each([
    ['122334455667', '122334455667'],
    ['1223 3445 5667', '122334455667'],
    ['0221234567', '0221234567'],
    ['(022) 123-4567', '0221234567'],
    ['021 12345678', '02112345678'],
    ['0361 234567', '0361234567'],
    ['0967 123456789', '0967123456789'],
  ])('accepts %s', (raw, value) => {
    expect(check(TELKOM, raw)).toEqual(ok(value));
  });

  it('refuses wrong lengths', () => {
    expect(check(TELKOM, '12233445566')).toEqual(error('telkomLength', { count: 11 }));
    expect(check(TELKOM, '1223344556677')).toEqual(error('telkomLength', { count: 13 }));
    expect(check(TELKOM, '02212345')).toEqual(error('telkomLength', { count: 8 }));
    expect(check(TELKOM, '02212345678901')).toEqual(error('telkomLength', { count: 14 }));
  });

  it('refuses mobile numbers and numbers without an area code', () => {
    expect(check(TELKOM, '081234567890')).toEqual(error('telkomNotLandline'));
    expect(check(TELKOM, '0012345678')).toEqual(error('telkomNotLandline'));
  });

  it('refuses letters and empty input', () => {
    expect(check(TELKOM, '02212345A7')).toEqual(error('digitsOnly'));
    expect(check(TELKOM, '')).toEqual(error('required'));
  });
});

describe('BPJS Kesehatan: 16-digit family VA starting with 88888', () => {
  it.each([
    ['8888801234567890', '8888801234567890'],
    ['88888 0123 4567 890', '8888801234567890'],
    ['8888-8012-3456-7890', '8888801234567890'],
  ])('accepts %s', (raw, value) => {
    expect(check(BPJS, raw)).toEqual(ok(value));
  });

  it('refuses a number not starting with 88888', () => {
    expect(check(BPJS, '8888701234567890')).toEqual(error('bpjsPrefix'));
    expect(check(BPJS, '0001234567890')).toEqual(error('bpjsPrefix'));
  });

  it('refuses wrong lengths', () => {
    expect(check(BPJS, '888880123456789')).toEqual(error('bpjsLength', { count: 15 }));
    expect(check(BPJS, '88888012345678901')).toEqual(error('bpjsLength', { count: 17 }));
    expect(check(BPJS, '888')).toEqual(error('bpjsLength', { count: 3 }));
  });

  it('refuses letters and empty input', () => {
    expect(check(BPJS, '88888O1234567890')).toEqual(error('digitsOnly'));
    expect(check(BPJS, '')).toEqual(error('required'));
  });
});

describe('KAI booking code: 7 letters and digits', () => {
  it.each([
    ['K7XB2PQ', 'K7XB2PQ'],
    ['k7xb2pq', 'K7XB2PQ'],
    ['K7X B2PQ', 'K7XB2PQ'],
    [' k7x-b2pq ', 'K7XB2PQ'],
    ['1234567', '1234567'],
  ])('accepts %s as %s', (raw, value) => {
    expect(check(KAI, raw)).toEqual(ok(value));
  });

  it('refuses wrong lengths, symbols and empty input', () => {
    expect(check(KAI, 'K7XB2P')).toEqual(error('kaiLength', { count: 6 }));
    expect(check(KAI, 'K7XB2PQR')).toEqual(error('kaiLength', { count: 8 }));
    expect(check(KAI, 'K7XB2P#')).toEqual(error('kaiCharacters'));
    expect(check(KAI, 'K7XB2PÉ')).toEqual(error('kaiCharacters'));
    expect(check(KAI, '')).toEqual(error('required'));
  });
});

describe('event ticket: TIX and 7 letters or digits', () => {
  it.each([
    ['TIXAB12C34', 'TIXAB12C34'],
    ['tixab12c34', 'TIXAB12C34'],
    ['TIX-AB12-C34', 'TIXAB12C34'],
    ['TIX 1234567', 'TIX1234567'],
  ])('accepts %s as %s', (raw, value) => {
    expect(check(TICKET, raw)).toEqual(ok(value));
  });

  it('refuses a code without TIX', () => {
    expect(check(TICKET, 'TKTAB12C34')).toEqual(error('eventTicketPrefix'));
    expect(check(TICKET, 'AB12C34')).toEqual(error('eventTicketPrefix'));
  });

  it('refuses wrong lengths, symbols and empty input', () => {
    expect(check(TICKET, 'TIXAB12C3')).toEqual(error('eventTicketLength', { count: 9 }));
    expect(check(TICKET, 'TIXAB12C345')).toEqual(error('eventTicketLength', { count: 11 }));
    expect(check(TICKET, 'TIX/AB12C34')).toEqual(error('eventTicketCharacters'));
    expect(check(TICKET, '')).toEqual(error('required'));
  });
});

describe('referenceRuleSchema', () => {
  it.each(ALL_RULES)('parses the stored rule %j', (rule) => {
    expect(referenceRuleSchema.parse(JSON.parse(JSON.stringify(rule)))).toEqual(rule);
  });

  it.each([
    {},
    { kind: 'nik' },
    { kind: 'pdam' },
    { kind: 'pdam', length: 8.5 },
    { kind: 'pdam', length: 0 },
    { kind: 'pdam', length: '8' },
    'pln-prepaid',
  ])('refuses %j', (value) => {
    expect(referenceRuleSchema.safeParse(value).success).toBe(false);
  });
});

describe('referenceInput', () => {
  function message(catalogue: typeof id, key: string): unknown {
    return key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node as Record<string, unknown>)[part],
        catalogue.reference,
      );
  }

  it.each(ALL_RULES)('describes the field for %j with existing messages', (rule) => {
    const input = referenceInput(rule);
    for (const catalogue of [id, en]) {
      expect(message(catalogue as typeof id, input.labelKey)).toEqual(expect.any(String));
      expect(message(catalogue as typeof id, input.hintKey)).toEqual(expect.any(String));
    }
    expect(input.maxLength).toBeGreaterThanOrEqual(input.placeholder.length);
    // The placeholder is an example that passes the rule.
    expect(check(rule, input.placeholder).ok).toBe(true);
  });

  it('uses a numeric keypad for digits, a phone keypad for numbers, text for codes', () => {
    expect(referenceInput(PLN_PREPAID)).toMatchObject({
      labelKey: 'labels.plnPrepaid',
      hintKey: 'hints.plnPrepaid',
      inputMode: 'numeric',
    });
    expect(referenceInput(MOBILE).inputMode).toBe('tel');
    expect(referenceInput(KAI).inputMode).toBe('text');
  });

  it('gives the PDAM hint its utility length', () => {
    expect(referenceInput({ kind: 'pdam', length: 10 })).toMatchObject({
      hintKey: 'hints.pdam',
      hintParams: { length: 10 },
      placeholder: '1234567890',
    });
  });
});

describe('error messages', () => {
  it('exist in both languages for every key the checks return', () => {
    const failures = [
      check(PLN_PREPAID, 'x'),
      check(PLN_PREPAID, ''),
      check(PLN_PREPAID, '1'),
      check(PLN_POSTPAID, '1'),
      check({ kind: 'pdam', length: 8 }, '1'),
      check(MOBILE, '0812'),
      check(MOBILE, '08123456789012'),
      check(MOBILE, '0212345678'),
      check(MOBILE, '08001234567'),
      check(TELKOM, '1'),
      check(TELKOM, '0812345678'),
      check(BPJS, '1234567890'),
      check(BPJS, '8888'),
      check(KAI, '#'),
      check(KAI, 'A'),
      check(TICKET, '#'),
      check(TICKET, 'A'),
      check(TICKET, 'TIX'),
    ];
    const keys = new Set<string>();
    for (const result of failures) {
      if (result.ok) throw new Error('expected a failure');
      keys.add(result.error.key);
      const [group, name] = result.error.key.split('.') as [string, string];
      for (const catalogue of [id, en]) {
        const text = (catalogue.reference as Record<string, Record<string, string>>)[group]?.[name];
        expect(text, result.error.key).toEqual(expect.any(String));
        for (const param of Object.keys(result.error.params ?? {})) {
          expect(text).toContain(`{${param}}`);
        }
      }
    }
    expect(keys.size).toBe(failures.length);
    expect(
      Object.keys(id.reference.errors)
        .map((key) => `errors.${key}`)
        .sort(),
    ).toEqual([...keys].sort());
  });
});
