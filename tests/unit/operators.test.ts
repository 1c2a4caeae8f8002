import { describe, expect, it } from 'vitest';
import prefixData from '@/prisma/data/operator-prefixes.json';
import {
  OPERATOR_CODES,
  detectOperator,
  isOperatorCode,
  normalizeMobileNumber,
  operatorName,
  operatorPrefixTableSchema,
  operatorProductPrefix,
  parseMobileNumber,
  type OperatorCode,
} from '@/lib/domain/references/operators';

// The real seed data, parsed the way the database rows are.
const table = operatorPrefixTableSchema.parse(prefixData);

describe('the seeded prefix table', () => {
  it('is valid, has 4-digit prefixes and covers every operator', () => {
    expect(table.length).toBeGreaterThan(30);
    for (const row of table) expect(row.prefix).toMatch(/^08\d{2}$/);
    expect(new Set(table.map((row) => row.operator))).toEqual(new Set(OPERATOR_CODES));
  });

  it('refuses duplicates, unknown operators and malformed prefixes', () => {
    const row = { prefix: '0811', operator: 'TELKOMSEL' };
    expect(operatorPrefixTableSchema.safeParse([row, row]).success).toBe(false);
    expect(operatorPrefixTableSchema.safeParse([{ ...row, operator: 'ESIA' }]).success).toBe(false);
    expect(operatorPrefixTableSchema.safeParse([{ ...row, prefix: '811' }]).success).toBe(false);
  });
});

describe('normalizeMobileNumber', () => {
  it.each([
    ['081234567890', '081234567890'],
    ['0812-3456-7890', '081234567890'],
    ['0812 3456 7890', '081234567890'],
    ['0812.3456.7890', '081234567890'],
    ['62812 3456 7890', '081234567890'],
    ['6281234567890', '081234567890'],
    ['+62 812-3456-7890', '081234567890'],
    ['+6281234567890', '081234567890'],
    ['+62 (0)812 3456 7890', '081234567890'],
    ['  0812345678 ', '0812345678'],
    ['0812345678901', '0812345678901'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeMobileNumber(raw)).toBe(expected);
  });

  it.each([
    '', // empty
    '081234567', // 9 digits
    '08123456789012', // 14 digits
    '+6281', // too short
    '0812abc4567', // letters
    '0212345678', // landline
    '+1 415 555 0100', // another country
    '812345678901', // no 0 / 62 prefix
    '0062812345678', // international dialling prefix
  ])('refuses %s', (raw) => {
    expect(normalizeMobileNumber(raw)).toBeNull();
  });

  it('tells why a number is not a mobile number', () => {
    expect(parseMobileNumber(' ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseMobileNumber('0812O')).toEqual({ ok: false, reason: 'notDigits' });
    expect(parseMobileNumber('+44 7700 900123')).toEqual({ ok: false, reason: 'notIndonesian' });
    expect(parseMobileNumber('0812')).toEqual({ ok: true, local: '0812' });
  });
});

describe('detectOperator', () => {
  const examples: [OperatorCode, string[]][] = [
    ['TELKOMSEL', ['0811', '0812', '0813', '0821', '0822', '0823', '0851', '0852', '0853']],
    ['INDOSAT', ['0814', '0815', '0816', '0855', '0856', '0857', '0858']],
    ['XL', ['0817', '0818', '0819', '0859', '0877', '0878']],
    ['AXIS', ['0831', '0832', '0833', '0838']],
    ['TRI', ['0895', '0896', '0897', '0898', '0899']],
    ['SMARTFREN', ['0881', '0882', '0883', '0884', '0885', '0886', '0887', '0888', '0889']],
  ];

  it.each(examples)('knows every %s prefix in the 0, 62 and +62 forms', (operator, prefixes) => {
    for (const prefix of prefixes) {
      const rest = prefix.slice(1);
      for (const raw of [`${prefix}12345678`, `62${rest}12345678`, `+62 ${rest}-1234-5678`]) {
        const normalised = normalizeMobileNumber(raw);
        expect(normalised).toBe(`${prefix}12345678`);
        expect(detectOperator(normalised ?? '', table)).toBe(operator);
      }
    }
  });

  it.each(['08001234567', '08201234567', '08901234567', '08391234567'])(
    'finds no operator for %s',
    (number) => {
      expect(detectOperator(number, table)).toBeNull();
    },
  );

  it('lets the longest prefix win, whatever the order of the table', () => {
    const merged = [
      { prefix: '0855', operator: 'INDOSAT' },
      { prefix: '08551', operator: 'TRI' },
      { prefix: '085', operator: 'TELKOMSEL' },
    ] as const;
    expect(detectOperator('085512345678', merged)).toBe('TRI');
    expect(detectOperator('085522345678', merged)).toBe('INDOSAT');
    expect(detectOperator('085012345678', merged)).toBe('TELKOMSEL');
    expect(detectOperator('085512345678', [...merged].reverse())).toBe('TRI');
  });

  it('finds nothing in an empty table', () => {
    expect(detectOperator('081234567890', [])).toBeNull();
  });
});

describe('operator names and product codes', () => {
  it.each([
    ['TELKOMSEL', 'TSEL', 'Telkomsel'],
    ['INDOSAT', 'ISAT', 'Indosat Ooredoo'],
    ['XL', 'XL', 'XL Axiata'],
    ['AXIS', 'AXIS', 'AXIS'],
    ['TRI', 'TRI', 'Tri'],
    ['SMARTFREN', 'SMART', 'Smartfren'],
  ] as const)('%s: %s, %s', (operator, productPrefix, name) => {
    expect(operatorProductPrefix(operator)).toBe(productPrefix);
    expect(operatorName(operator)).toBe(name);
  });

  it('recognises operator codes stored as strings', () => {
    expect(isOperatorCode('TRI')).toBe(true);
    expect(isOperatorCode('tri')).toBe(false);
    expect(isOperatorCode(null)).toBe(false);
  });
});
