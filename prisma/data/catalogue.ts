// The seeded biller catalogue. Product codes are the biller switch's (docs/sandbox.md).
import type { ReferenceRule } from '../../lib/domain/references/rules';

type Category = 'ELECTRICITY' | 'WATER' | 'PHONE' | 'INTERNET' | 'INSURANCE' | 'TICKETS';

export type CatalogueProduct = {
  code: string;
  nameId: string;
  nameEn: string;
  operator?: string;
  faceValue: number;
  price: number;
};

export type CatalogueBiller = {
  code: string;
  category: Category;
  kind: 'PREPAID' | 'POSTPAID';
  nameId: string;
  nameEn: string;
  inquiryProductCode: string | null;
  referenceRule: ReferenceRule;
  adminFee: number;
  minAmount?: number;
  maxAmount?: number;
  cutOffWindows?: { start: string; end: string }[];
  products?: CatalogueProduct[];
};

const thousands = (rupiah: number, locale: 'id' | 'en') =>
  new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US').format(rupiah);

const OPERATORS = [
  { operator: 'TELKOMSEL', code: 'TSEL', name: 'Telkomsel' },
  { operator: 'INDOSAT', code: 'ISAT', name: 'Indosat' },
  { operator: 'XL', code: 'XL', name: 'XL' },
  { operator: 'AXIS', code: 'AXIS', name: 'AXIS' },
  { operator: 'TRI', code: 'TRI', name: 'Tri' },
  { operator: 'SMARTFREN', code: 'SMART', name: 'Smartfren' },
] as const;

const DATA_PACKAGES = [
  { gb: 2, price: 25_000 },
  { gb: 5, price: 50_000 },
  { gb: 10, price: 80_000 },
  { gb: 25, price: 150_000 },
];

const plnTokens: CatalogueProduct[] = [20, 50, 100, 200, 500, 1000].map((k) => ({
  code: `PLNPRE${k}`,
  nameId: `Token PLN ${thousands(k * 1000, 'id')}`,
  nameEn: `PLN token ${thousands(k * 1000, 'en')}`,
  faceValue: k * 1000,
  price: k * 1000,
}));

const mobileCredit: CatalogueProduct[] = OPERATORS.flatMap(({ operator, code, name }) =>
  [5, 10, 25, 50, 100].map((k) => ({
    code: `${code}${k}`,
    nameId: `Pulsa ${name} ${thousands(k * 1000, 'id')}`,
    nameEn: `${name} credit ${thousands(k * 1000, 'en')}`,
    operator,
    faceValue: k * 1000,
    price: k * 1000 + 1_500,
  })),
);

const mobileData: CatalogueProduct[] = OPERATORS.flatMap(({ operator, code, name }) =>
  DATA_PACKAGES.map(({ gb, price }) => ({
    code: `${code}D${gb}`,
    nameId: `${name} ${gb} GB, 30 hari`,
    nameEn: `${name} ${gb} GB, 30 days`,
    operator,
    faceValue: price,
    price: price + 2_000,
  })),
);

export const CATALOGUE: CatalogueBiller[] = [
  {
    code: 'PLN_PREPAID',
    category: 'ELECTRICITY',
    kind: 'PREPAID',
    nameId: 'PLN Token Listrik',
    nameEn: 'PLN electricity token',
    inquiryProductCode: 'PLNPRE',
    referenceRule: { kind: 'pln-prepaid' },
    adminFee: 2_500,
    cutOffWindows: [{ start: '23:00', end: '01:00' }],
    products: plnTokens,
  },
  {
    code: 'PLN_POSTPAID',
    category: 'ELECTRICITY',
    kind: 'POSTPAID',
    nameId: 'PLN Tagihan Listrik',
    nameEn: 'PLN electricity bill',
    inquiryProductCode: 'PLNPOST',
    referenceRule: { kind: 'pln-postpaid' },
    adminFee: 2_500,
    cutOffWindows: [{ start: '23:00', end: '01:00' }],
  },
  {
    code: 'PDAM_BDG',
    category: 'WATER',
    kind: 'POSTPAID',
    nameId: 'PDAM Tirtawening Kota Bandung',
    nameEn: 'PDAM Tirtawening, Bandung',
    inquiryProductCode: 'PDAMBDG',
    referenceRule: { kind: 'pdam', length: 8 },
    adminFee: 2_500,
  },
  {
    code: 'PDAM_SBY',
    category: 'WATER',
    kind: 'POSTPAID',
    nameId: 'PDAM Surya Sembada Kota Surabaya',
    nameEn: 'PDAM Surya Sembada, Surabaya',
    inquiryProductCode: 'PDAMSBY',
    referenceRule: { kind: 'pdam', length: 10 },
    adminFee: 2_500,
  },
  {
    code: 'PDAM_JKT',
    category: 'WATER',
    kind: 'POSTPAID',
    nameId: 'PAM Jaya DKI Jakarta',
    nameEn: 'PAM Jaya, Jakarta',
    inquiryProductCode: 'PDAMJKT',
    referenceRule: { kind: 'pdam', length: 9 },
    adminFee: 2_500,
  },
  {
    code: 'MOBILE_CREDIT',
    category: 'PHONE',
    kind: 'PREPAID',
    nameId: 'Pulsa',
    nameEn: 'Phone credit',
    inquiryProductCode: null,
    referenceRule: { kind: 'mobile' },
    adminFee: 0,
    products: mobileCredit,
  },
  {
    code: 'MOBILE_DATA',
    category: 'PHONE',
    kind: 'PREPAID',
    nameId: 'Paket Data',
    nameEn: 'Data package',
    inquiryProductCode: null,
    referenceRule: { kind: 'mobile' },
    adminFee: 0,
    products: mobileData,
  },
  {
    code: 'MOBILE_POSTPAID',
    category: 'PHONE',
    kind: 'POSTPAID',
    nameId: 'Pascabayar Seluler (Halo, Matrix, XL)',
    nameEn: 'Mobile postpaid (Halo, Matrix, XL)',
    inquiryProductCode: null,
    referenceRule: { kind: 'mobile' },
    adminFee: 2_500,
    products: [
      { code: 'HALO', nameId: 'Telkomsel Halo', nameEn: 'Telkomsel Halo', operator: 'TELKOMSEL', faceValue: 0, price: 0 },
      { code: 'MATRIX', nameId: 'Indosat Matrix', nameEn: 'Indosat Matrix', operator: 'INDOSAT', faceValue: 0, price: 0 },
      { code: 'XLPASCA', nameId: 'XL Pascabayar', nameEn: 'XL postpaid', operator: 'XL', faceValue: 0, price: 0 },
    ],
  },
  {
    code: 'TELKOM',
    category: 'INTERNET',
    kind: 'POSTPAID',
    nameId: 'Telkom / IndiHome',
    nameEn: 'Telkom / IndiHome',
    inquiryProductCode: 'TELKOM',
    referenceRule: { kind: 'telkom' },
    adminFee: 2_500,
  },
  {
    code: 'BPJS_KESEHATAN',
    category: 'INSURANCE',
    kind: 'POSTPAID',
    nameId: 'BPJS Kesehatan',
    nameEn: 'BPJS Kesehatan (health insurance)',
    inquiryProductCode: 'BPJSKS',
    referenceRule: { kind: 'bpjs' },
    adminFee: 2_500,
  },
  {
    code: 'KAI',
    category: 'TICKETS',
    kind: 'POSTPAID',
    nameId: 'Tiket Kereta Api (KAI)',
    nameEn: 'Train tickets (KAI)',
    inquiryProductCode: 'KAI',
    referenceRule: { kind: 'kai-booking' },
    adminFee: 7_500,
  },
  {
    code: 'EVENT_TICKET',
    category: 'TICKETS',
    kind: 'POSTPAID',
    nameId: 'Tiket Acara',
    nameEn: 'Event tickets',
    inquiryProductCode: 'TIXEVENT',
    referenceRule: { kind: 'event-ticket' },
    adminFee: 5_000,
  },
];
