import { z } from 'zod';
import { formatBillPeriod } from './bill';
import { formatDateTimeWib, WIB_TIME_ZONE } from './datetime';
import type { Locale } from './locale';
import { formatRupiah } from './money';
import { formatKwh, formatPlnToken } from './pln-token';
import { isOperatorCode, operatorName } from './references/operators';
import type { ThermalLine } from './thermal-text';

// The receipt (struk): what it shows, in what order, for every kind of payment. The page, the
// e-mail, the PDF and the 58 mm print all take their lines from here, so they never disagree.

/** LKT-2026-00000042: the year in Jakarta and that year's sequence number. */
export function receiptNumber(year: number, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`Not a sequence number: ${sequence}`);
  }
  return `LKT-${year}-${String(sequence).padStart(8, '0')}`;
}

export const RECEIPT_NUMBER = /^LKT-\d{4}-\d{8,}$/;

/** The sequence that numbers a year's receipts. */
export const receiptSequenceName = (year: number) => `receipt:${year}`;

const yearFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone: WIB_TIME_ZONE });

/** The calendar year in Jakarta: a payment at 00:30 WIB on 1 January is the new year's. */
export const wibYear = (date: Date): number => Number(yearFormat.format(date));

const rupiah = z.number().int().nonnegative();

/** What a receipt shows, frozen when it is issued (stored as JSON with the receipt). */
export const receiptDataSchema = z.object({
  transactionId: z.string().min(1),
  biller: z.object({
    code: z.string(),
    nameId: z.string(),
    nameEn: z.string(),
    kind: z.enum(['PREPAID', 'POSTPAID']),
    category: z.string(),
  }),
  product: z.object({ code: z.string(), nameId: z.string(), nameEn: z.string() }).nullable(),
  customerNo: z.string(),
  customerName: z.string(),
  operator: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number()])),
  periods: z.array(z.object({ period: z.string(), amount: rupiah, penalty: rupiah })),
  billAmount: rupiah,
  penalty: rupiah,
  adminFee: rupiah,
  methodFee: rupiah,
  /** Biaya loket of a counter sale; absent on receipts issued before counters existed. */
  outletMarkup: rupiah.optional(),
  total: rupiah,
  payment: z.object({
    method: z.string(),
    channel: z.string(),
    cardLast4: z.string().nullable(),
  }),
  billerRef: z.string().nullable(),
  token: z.string().nullable(),
  kwhHundredths: z.number().int().nullable(),
  paidAt: z.iso.datetime(),
});
export type ReceiptData = z.infer<typeof receiptDataSchema>;

export const receiptSchema = z.object({
  number: z.string().regex(RECEIPT_NUMBER),
  issuedAt: z.iso.datetime(),
  data: receiptDataSchema,
});
export type Receipt = z.infer<typeof receiptSchema>;

export type ReceiptKind = 'PLN_PREPAID' | 'POSTPAID' | 'MOBILE' | 'PREPAID';

export function receiptKind(data: ReceiptData): ReceiptKind {
  if (data.biller.kind === 'POSTPAID') return 'POSTPAID';
  if (data.biller.category === 'ELECTRICITY') return 'PLN_PREPAID';
  return data.operator ? 'MOBILE' : 'PREPAID';
}

// Biller details worth printing, in this order; anything else the switch sent is left out.
const DETAIL_KEYS = [
  'standMeter',
  'usageM3',
  'address',
  'service',
  'speed',
  'participants',
  'months',
  'train',
  'origin',
  'destination',
  'departure',
  'passengers',
  'event',
  'venue',
  'date',
  'tickets',
] as const;

export const RECEIPT_LABELS = [
  'meterNo',
  'idpel',
  'customerNo',
  'phoneNumber',
  'customerName',
  'operator',
  'tariff',
  'product',
  'period',
  ...DETAIL_KEYS,
  'tokenValue',
  'price',
  'billAmount',
  'penalty',
  'adminFee',
  'methodFee',
  'outletMarkup',
  'total',
  'method',
  'billerRef',
  'kwh',
  'token',
  'paidAt',
] as const;
export type ReceiptLabel = (typeof RECEIPT_LABELS)[number];

export type ReceiptLine = { label: ReceiptLabel; value: string; emphasis?: 'total' | 'token' };

/** Payment channels by their brand names, the same in both languages. */
const CHANNEL_NAMES: Record<string, string> = {
  BCA: 'BCA Virtual Account',
  BNI: 'BNI Virtual Account',
  BRI: 'BRI Virtual Account',
  MANDIRI: 'Mandiri Virtual Account',
  PERMATA: 'Permata Virtual Account',
  CARD: 'Visa/Mastercard',
  QRIS: 'QRIS',
  GOPAY: 'GoPay',
  OVO: 'OVO',
  DANA: 'DANA',
  SHOPEEPAY: 'ShopeePay',
  COUNTER: 'Loket',
};

export function paymentMethodName(payment: ReceiptData['payment']): string {
  const name = CHANNEL_NAMES[payment.channel] ?? payment.channel;
  return payment.cardLast4 ? `${name} •••• ${payment.cardLast4}` : name;
}

/** Throws when the parts do not add up to the total: such a receipt must never be printed. */
export function assertReceiptTotals(data: ReceiptData): void {
  const sum =
    data.billAmount + data.penalty + data.adminFee + data.methodFee + (data.outletMarkup ?? 0);
  if (sum !== data.total) {
    throw new RangeError(`Receipt parts add up to ${sum}, not the total ${data.total}`);
  }
}

function customerLines(data: ReceiptData, kind: ReceiptKind, locale: Locale): ReceiptLine[] {
  const lines: ReceiptLine[] = [];
  const add = (label: ReceiptLabel, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && String(value).trim() !== '') {
      lines.push({ label, value: String(value) });
    }
  };
  const productName = data.product
    ? locale === 'id'
      ? data.product.nameId
      : data.product.nameEn
    : null;
  const tariff = data.details.tariff
    ? `${data.details.tariff}${data.details.powerVa ? `/${data.details.powerVa} VA` : ''}`
    : null;
  switch (kind) {
    case 'PLN_PREPAID':
      add('meterNo', data.details.meterNo ?? data.customerNo);
      add('idpel', data.details.idpel);
      add('customerName', data.customerName);
      add('tariff', tariff);
      break;
    case 'MOBILE':
      add('phoneNumber', data.customerNo);
      add('operator', isOperatorCode(data.operator) ? operatorName(data.operator) : data.operator);
      add('product', productName);
      break;
    case 'PREPAID':
      add('customerNo', data.customerNo);
      add('customerName', data.customerName);
      add('product', productName);
      break;
    case 'POSTPAID':
      add(data.biller.category === 'ELECTRICITY' ? 'idpel' : 'customerNo', data.customerNo);
      add('customerName', data.customerName);
      add('tariff', tariff);
      add('period', data.periods.map((p) => formatBillPeriod(p.period, locale)).join(', '));
      for (const key of DETAIL_KEYS) add(key, data.details[key]);
      break;
  }
  return lines;
}

function amountLines(data: ReceiptData, kind: ReceiptKind): ReceiptLine[] {
  const amountLabel: ReceiptLabel =
    kind === 'PLN_PREPAID' ? 'tokenValue' : kind === 'POSTPAID' ? 'billAmount' : 'price';
  return [
    { label: amountLabel, value: formatRupiah(data.billAmount) },
    ...(kind === 'POSTPAID'
      ? [{ label: 'penalty' as const, value: formatRupiah(data.penalty) }]
      : []),
    { label: 'adminFee', value: formatRupiah(data.adminFee) },
    ...(data.methodFee > 0
      ? [{ label: 'methodFee' as const, value: formatRupiah(data.methodFee) }]
      : []),
    ...(data.outletMarkup
      ? [{ label: 'outletMarkup' as const, value: formatRupiah(data.outletMarkup) }]
      : []),
    { label: 'total', value: formatRupiah(data.total), emphasis: 'total' },
  ];
}

function proofLines(data: ReceiptData, locale: Locale): ReceiptLine[] {
  return [
    { label: 'method', value: paymentMethodName(data.payment) },
    ...(data.billerRef ? [{ label: 'billerRef' as const, value: data.billerRef }] : []),
    ...(data.kwhHundredths !== null
      ? [{ label: 'kwh' as const, value: formatKwh(data.kwhHundredths, locale) }]
      : []),
    ...(data.token
      ? [{ label: 'token' as const, value: formatPlnToken(data.token), emphasis: 'token' as const }]
      : []),
    { label: 'paidAt', value: formatDateTimeWib(new Date(data.paidAt), locale) },
  ];
}

/**
 * The receipt's lines in three groups: who and what was paid, the amounts (adding up to the
 * total), and the proof (method, references, token, time). Throws if the amounts do not add up.
 */
export function receiptLines(data: ReceiptData, locale: Locale): ReceiptLine[][] {
  assertReceiptTotals(data);
  const kind = receiptKind(data);
  return [customerLines(data, kind, locale), amountLines(data, kind), proofLines(data, locale)];
}

/** A customer number for strangers: only the last 4 characters show. */
export function maskCustomerNo(customerNo: string): string {
  const visible = customerNo.slice(-4);
  return '•'.repeat(Math.max(customerNo.length - visible.length, 4)) + visible;
}

export const billerName = (data: ReceiptData, locale: Locale) =>
  locale === 'id' ? data.biller.nameId : data.biller.nameEn;

/** The texts a receipt needs from the `receipt` message catalogue. */
export type ReceiptTextKey = `labels.${ReceiptLabel}` | 'title' | 'number' | 'keep' | 'verifyHint';
export type ReceiptTexts = (key: ReceiptTextKey) => string;

/** The whole receipt for a 58 mm printer: header, the three groups, the token big, a footer. */
export function receiptThermalLines(
  receipt: Receipt,
  locale: Locale,
  t: ReceiptTexts,
): ThermalLine[] {
  const separator: ThermalLine = { kind: 'separator' };
  const groups = receiptLines(receipt.data, locale).map((lines): ThermalLine[] =>
    lines.flatMap((line): ThermalLine[] =>
      line.emphasis === 'token'
        ? [
            { kind: 'blank' },
            { kind: 'center', text: t('labels.token').toUpperCase() },
            { kind: 'center', text: line.value },
            { kind: 'blank' },
          ]
        : [
            {
              kind: 'row',
              label:
                line.emphasis === 'total'
                  ? t(`labels.${line.label}`).toUpperCase()
                  : t(`labels.${line.label}`),
              value: line.value,
            },
          ],
    ),
  );
  return [
    { kind: 'center', text: 'LOKET' },
    { kind: 'center', text: t('title').toUpperCase() },
    { kind: 'center', text: billerName(receipt.data, locale) },
    { kind: 'blank' },
    { kind: 'row', label: t('number'), value: receipt.number },
    ...groups.flatMap((group) => [separator, ...group]),
    separator,
    { kind: 'center', text: t('keep') },
    { kind: 'center', text: t('verifyHint') },
  ];
}

/** A receipt as pages show it: what it says, and where its QR code leads. */
export type ReceiptView = Receipt & { verifyUrl: string };
