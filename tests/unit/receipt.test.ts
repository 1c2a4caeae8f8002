import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@/lib/domain/locale';
import {
  maskCustomerNo,
  receiptKind,
  receiptLines,
  receiptNumber,
  receiptThermalLines,
  wibYear,
  type Receipt,
  type ReceiptData,
  type ReceiptLine,
} from '@/lib/domain/receipt';
import { THERMAL_WIDTH, thermalText, wrapText } from '@/lib/domain/thermal-text';
import { receiptTexts, receiptTranslator } from '@/lib/server/receipts/receipt-translator';
import { readReceiptCode, receiptCode } from '@/lib/server/receipts/sign-receipt';

const base: ReceiptData = {
  transactionId: 'txn_1',
  biller: {
    code: 'PLN_PREPAID',
    nameId: 'PLN Prabayar',
    nameEn: 'PLN Prepaid',
    kind: 'PREPAID',
    category: 'ELECTRICITY',
  },
  product: { code: 'PLNPRE50', nameId: 'Token PLN 50.000', nameEn: 'PLN token 50,000' },
  customerNo: '14000000011',
  customerName: 'SITI RAHAYU',
  operator: null,
  details: { meterNo: '14000000011', idpel: '532000000011', tariff: 'R1', powerVa: 1300 },
  periods: [],
  billAmount: 50_000,
  penalty: 0,
  adminFee: 2_500,
  methodFee: 4_000,
  total: 56_500,
  payment: { method: 'VA', channel: 'BCA', cardLast4: null },
  billerRef: 'SBX000000000042',
  token: '12345678901234567890',
  kwhHundredths: 3356,
  paidAt: '2026-11-24T08:05:00.000Z',
};

const postpaid: ReceiptData = {
  ...base,
  biller: {
    code: 'PLN_POSTPAID',
    nameId: 'PLN Pascabayar',
    nameEn: 'PLN Postpaid',
    kind: 'POSTPAID',
    category: 'ELECTRICITY',
  },
  product: null,
  customerNo: '532100000012',
  customerName: 'MUHAMMAD RIZKY PRATAMA SANTOSO WIJAYA',
  details: { tariff: 'R1', powerVa: 900, standMeter: '00012000-00012800' },
  periods: [
    { period: '2026-09', amount: 120_000, penalty: 3_000 },
    { period: '2026-10', amount: 130_000, penalty: 3_000 },
    { period: '2026-11', amount: 125_000, penalty: 0 },
  ],
  billAmount: 375_000,
  penalty: 6_000,
  adminFee: 7_500,
  methodFee: 4_000,
  total: 392_500,
  token: null,
  kwhHundredths: null,
};

const mobile: ReceiptData = {
  ...base,
  biller: {
    code: 'PULSA',
    nameId: 'Pulsa',
    nameEn: 'Mobile credit',
    kind: 'PREPAID',
    category: 'PHONE',
  },
  product: { code: 'TSEL25', nameId: 'Telkomsel 25.000', nameEn: 'Telkomsel 25,000' },
  customerNo: '081234567890',
  customerName: '',
  operator: 'TELKOMSEL',
  details: {},
  billAmount: 25_500,
  adminFee: 0,
  methodFee: 0,
  total: 25_500,
  payment: { method: 'CARD', channel: 'CARD', cardLast4: '1114' },
  billerRef: 'SBX000000000043',
  token: null,
  kwhHundredths: null,
};

const receipt = (data: ReceiptData): Receipt => ({
  number: 'LKT-2026-00000042',
  issuedAt: '2026-11-24T08:05:01.000Z',
  data,
});

const texts = (locale: Locale) => receiptTexts(receiptTranslator(locale));
const flat = (data: ReceiptData, locale: Locale = 'id') => receiptLines(data, locale).flat();
const valueOf = (lines: ReceiptLine[], label: string) =>
  lines.find((line) => line.label === label)?.value;
const rupiah = (value: string | undefined) => Number((value ?? '').replace(/\D/g, ''));

describe('receipt numbers', () => {
  it('are the year and an 8-digit sequence, in the Jakarta calendar', () => {
    expect(receiptNumber(2026, 42)).toBe('LKT-2026-00000042');
    expect(receiptNumber(2027, 123_456_789)).toBe('LKT-2027-123456789');
    expect(() => receiptNumber(2026, 0)).toThrow(RangeError);
    // 31 Dec 2026 17:30 UTC is 1 Jan 2027 00:30 in Jakarta.
    expect(wibYear(new Date('2026-12-31T17:30:00Z'))).toBe(2027);
    expect(wibYear(new Date('2026-12-31T16:59:00Z'))).toBe(2026);
  });
});

describe('receipt lines', () => {
  it('PLN prepaid: meter, IDPEL, name, tariff, amounts, kWh and the token in 5 groups of 4', () => {
    expect(receiptKind(base)).toBe('PLN_PREPAID');
    const lines = flat(base);
    expect(lines.map((line) => line.label)).toEqual([
      'meterNo',
      'idpel',
      'customerName',
      'tariff',
      'tokenValue',
      'adminFee',
      'methodFee',
      'total',
      'method',
      'billerRef',
      'kwh',
      'token',
      'paidAt',
    ]);
    expect(valueOf(lines, 'tariff')).toBe('R1/1300 VA');
    expect(valueOf(lines, 'kwh')).toBe('33,56');
    expect(lines.find((line) => line.label === 'token')).toEqual({
      label: 'token',
      value: '1234-5678-9012-3456-7890',
      emphasis: 'token',
    });
    expect(valueOf(lines, 'paidAt')).toBe('24 Nov 2026 15.05 WIB');
    expect(valueOf(flat(base, 'en'), 'paidAt')).toBe('24 Nov 2026 15:05 WIB');
  });

  it('postpaid: customer, every period, bill, penalty, admin fee, method fee and total', () => {
    const lines = flat(postpaid);
    expect(valueOf(lines, 'idpel')).toBe('532100000012');
    expect(valueOf(lines, 'period')).toBe('Sep 2026, Okt 2026, Nov 2026');
    expect(valueOf(flat(postpaid, 'en'), 'period')).toBe('Sept 2026, Oct 2026, Nov 2026');
    expect(valueOf(lines, 'penalty')).toBe('Rp6.000');
    expect(valueOf(lines, 'standMeter')).toBe('00012000-00012800');
    expect(lines.some((line) => line.label === 'token')).toBe(false);
  });

  it('mobile credit: phone number, operator, product, and the card used', () => {
    expect(receiptKind(mobile)).toBe('MOBILE');
    const lines = flat(mobile);
    expect(valueOf(lines, 'phoneNumber')).toBe('081234567890');
    expect(valueOf(lines, 'operator')).toBe('Telkomsel');
    expect(valueOf(lines, 'product')).toBe('Telkomsel 25.000');
    expect(valueOf(lines, 'method')).toBe('Visa/Mastercard •••• 1114');
    // No method fee, no empty name line.
    expect(lines.map((line) => line.label)).not.toContain('methodFee');
    expect(lines.map((line) => line.label)).not.toContain('customerName');
  });

  it('a counter sale: the biaya loket on top, paid in cash at the counter', () => {
    const counter: ReceiptData = {
      ...postpaid,
      methodFee: 0,
      outletMarkup: 2_000,
      total: postpaid.total - postpaid.methodFee + 2_000,
      payment: { method: 'CASH', channel: 'COUNTER', cardLast4: null },
    };
    const lines = flat(counter);
    expect(valueOf(lines, 'outletMarkup')).toBe('Rp2.000');
    expect(valueOf(lines, 'method')).toBe('Loket');
    expect(lines.map((line) => line.label)).not.toContain('methodFee');
    expect(() => receiptLines({ ...counter, outletMarkup: 0 }, 'id')).toThrow(RangeError);
  });

  it.each([base, postpaid, mobile])('the amounts add up to the total', (data) => {
    const [, amounts = []] = receiptLines(data, 'id');
    const total = amounts.find((line) => line.emphasis === 'total');
    const parts = amounts.filter((line) => line !== total);
    expect(parts.reduce((sum, line) => sum + rupiah(line.value), 0)).toBe(rupiah(total?.value));
    expect(rupiah(total?.value)).toBe(data.total);
  });

  it('refuses figures that do not add up', () => {
    expect(() => receiptLines({ ...base, total: base.total + 1 }, 'id')).toThrow(RangeError);
  });

  it('masks all but the last 4 characters of a customer number', () => {
    expect(maskCustomerNo('14000000011')).toBe('•••••••0011');
    expect(maskCustomerNo('12345')).toBe('••••2345');
  });
});

describe('the 58 mm layout', () => {
  it.each(LOCALES)('keeps every line within 32 characters (%s)', (locale) => {
    for (const data of [base, postpaid, mobile]) {
      const text = thermalText(receiptThermalLines(receipt(data), locale, texts(locale)));
      for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(THERMAL_WIDTH);
    }
  });

  it('puts labels left and values right, centres the header and the grouped token', () => {
    const text = thermalText(receiptThermalLines(receipt(base), 'id', texts('id')));
    const lines = text.split('\n');
    expect(lines[0]).toBe(`${' '.repeat(13)}LOKET`);
    expect(lines).toContain('No. struk      LKT-2026-00000042');
    expect(lines).toContain('TOTAL BAYAR             Rp56.500');
    expect(lines).toContain('    1234-5678-9012-3456-7890');
    expect(lines).toContain('-'.repeat(32));
  });

  it('wraps a long name under its label, right-aligned, losing nothing', () => {
    const text = thermalText(receiptThermalLines(receipt(postpaid), 'id', texts('id')));
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('Nama'));
    expect(lines[at]).toBe('Nama      MUHAMMAD RIZKY PRATAMA');
    expect(lines[at + 1]).toBe(`${' '.repeat(18)}SANTOSO WIJAYA`);
    expect(text.replace(/\s+/g, ' ')).toContain('Sep 2026, Okt 2026, Nov 2026');
  });

  it('cuts a word longer than the line, and puts a value under a long label', () => {
    expect(wrapText('x'.repeat(70), 32)).toEqual(['x'.repeat(32), 'x'.repeat(32), 'x'.repeat(6)]);
    const text = thermalText([
      { kind: 'row', label: 'A very long label of many words', value: 'v' },
    ]);
    expect(text.split('\n')).toEqual(['A very long label of many words', ' '.repeat(31) + 'v']);
  });
});

describe('the verification code', () => {
  const key = randomBytes(32);
  const number = 'LKT-2026-00000042';
  const code = receiptCode(number, key);

  it('is the number and a 16-byte MAC in base64url', () => {
    expect(code).toMatch(/^LKT-2026-00000042\.[A-Za-z0-9_-]{22}$/);
    expect(readReceiptCode(code, key)).toBe(number);
    expect(readReceiptCode(code)).toBeNull();
  });

  it('refuses an altered number, an altered or truncated MAC, and garbage', () => {
    const mac = code.split('.')[1]!;
    const flip = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    expect(readReceiptCode(`LKT-2026-00000043.${mac}`, key)).toBeNull();
    expect(readReceiptCode(`${number}.${flip(mac, 0)}`, key)).toBeNull();
    expect(readReceiptCode(`${number}.${flip(mac, 21)}`, key)).toBeNull();
    expect(readReceiptCode(code.slice(0, -1), key)).toBeNull();
    expect(readReceiptCode(`${number}.`, key)).toBeNull();
    expect(readReceiptCode(number, key)).toBeNull();
    for (const garbage of ['', '.', 'hello', `${code}.${mac}`, `${code}x`, 'x'.repeat(5_000)]) {
      expect(readReceiptCode(garbage, key)).toBeNull();
    }
    expect(() => receiptCode('not a number', key)).toThrow(RangeError);
  });
});
