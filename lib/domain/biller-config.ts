import { z } from 'zod';
import type { BillerCategoryCode } from './categories';
import { OPERATOR_CODES } from './references/operators';
import { referenceRuleSchema, type ReferenceKind, type ReferenceRule } from './references/rules';

// What an admin may set on a biller and its products. The same schemas check the back-office
// forms in the browser and the server actions; validation messages are keys of the `validation`
// namespace. The reference rule is checked by the very schema the customer screens read it with.

export const BILLER_CATEGORY_CODES = [
  'ELECTRICITY',
  'WATER',
  'PHONE',
  'INTERNET',
  'INSURANCE',
  'TICKETS',
] as const satisfies readonly BillerCategoryCode[];
export const BILLER_KINDS = ['PREPAID', 'POSTPAID'] as const;
export const BILLER_STATUSES = ['ACTIVE', 'MAINTENANCE', 'DISABLED'] as const;
export type BillerStatus = (typeof BILLER_STATUSES)[number];

// Every rule kind, as a record so that a kind added to ReferenceRule must be offered here too.
const REFERENCE_KIND_OPTIONS: Record<ReferenceKind, true> = {
  'pln-prepaid': true,
  'pln-postpaid': true,
  pdam: true,
  mobile: true,
  telkom: true,
  bpjs: true,
  'kai-booking': true,
  'event-ticket': true,
};
export const REFERENCE_KINDS = Object.keys(REFERENCE_KIND_OPTIONS) as [
  ReferenceKind,
  ...ReferenceKind[],
];

export const BILLER_CODE_PATTERN = /^[A-Z0-9_]{3,32}$/;
export const PRODUCT_CODE_PATTERN = /^[A-Z0-9_]{2,32}$/;
export const MAX_ADMIN_FEE = 100_000;
export const MAX_OUTLET_MARKUP = 100_000;
export const MAX_BILL_AMOUNT = 1_000_000_000;
export const MAX_PRODUCT_PRICE = 100_000_000;
export const MAX_CUT_OFF_WINDOWS = 6;
export const MAINTENANCE_MESSAGE_MAX = 300;
export const MAX_SORT_ORDER = 9_999;

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whole rupiah from 0 to `max`; an empty field arrives as null, undefined or NaN. */
const rupiah = (max: number, tooHigh: string) =>
  z.number('rupiahRequired').int('rupiahWhole').min(0, 'rupiahNegative').max(max, tooHigh);

const name = z.string('invalid').trim().min(2, 'billerNameTooShort').max(80, 'billerNameTooLong');

const sortOrder = z
  .number('sortOrderInvalid')
  .int('sortOrderInvalid')
  .min(0, 'sortOrderInvalid')
  .max(MAX_SORT_ORDER, 'sortOrderInvalid');

/** An optional code field: blank means none. Parsing its output again gives the same. */
const optionalProductCode = z
  .string('invalid')
  .trim()
  .refine((code) => code === '' || PRODUCT_CODE_PATTERN.test(code), 'productCodeInvalid')
  .nullable()
  .transform((code) => code || null);

// Times are WIB wall-clock; an end before the start wraps midnight (23:00-01:00). The same
// shape lib/domain/cut-off.ts reads, with messages the admin form can show.
export const cutOffWindowFieldSchema = z
  .object(
    {
      start: z.string('cutOffTimeInvalid').regex(HH_MM, 'cutOffTimeInvalid'),
      end: z.string('cutOffTimeInvalid').regex(HH_MM, 'cutOffTimeInvalid'),
    },
    'invalid',
  )
  .refine((window) => window.start !== window.end, {
    message: 'cutOffSameStartEnd',
    path: ['end'],
  });

/**
 * The rule as the form edits it: a kind, and a length that only PDAM rules use. What comes out
 * is a ReferenceRule accepted by `referenceRuleSchema`.
 */
export const referenceRuleFieldSchema = z
  .object(
    {
      kind: z.enum(REFERENCE_KINDS, 'referenceKindInvalid'),
      length: z.number('pdamLengthInvalid').nullish(),
    },
    'referenceKindInvalid',
  )
  .transform((value, ctx): ReferenceRule => {
    const candidate =
      value.kind === 'pdam' ? { kind: value.kind, length: value.length } : { kind: value.kind };
    const parsed = referenceRuleSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: 'pdamLengthInvalid', path: ['length'] });
    return z.NEVER;
  });

const billerFields = {
  category: z.enum(BILLER_CATEGORY_CODES, 'invalid'),
  kind: z.enum(BILLER_KINDS, 'invalid'),
  nameId: name,
  nameEn: name,
  inquiryProductCode: optionalProductCode,
  referenceRule: referenceRuleFieldSchema,
  adminFee: rupiah(MAX_ADMIN_FEE, 'adminFeeTooHigh'),
  agentCommission: rupiah(MAX_ADMIN_FEE, 'adminFeeTooHigh'),
  maxOutletMarkup: rupiah(MAX_OUTLET_MARKUP, 'maxMarkupTooHigh'),
  minAmount: rupiah(MAX_BILL_AMOUNT, 'amountTooHigh').nullable(),
  maxAmount: rupiah(MAX_BILL_AMOUNT, 'amountTooHigh').nullable(),
  cutOffWindows: z
    .array(cutOffWindowFieldSchema, 'invalid')
    .max(MAX_CUT_OFF_WINDOWS, 'cutOffTooMany'),
  sortOrder,
};

type FeeAndLimits = {
  adminFee: number;
  agentCommission: number;
  minAmount: number | null;
  maxAmount: number | null;
};

/** The commission is paid out of the admin fee; a range needs its minimum below its maximum. */
function checkFeesAndLimits(values: FeeAndLimits, ctx: z.RefinementCtx) {
  if (values.agentCommission > values.adminFee) {
    ctx.addIssue({ code: 'custom', message: 'commissionAboveFee', path: ['agentCommission'] });
  }
  if (
    values.minAmount !== null &&
    values.maxAmount !== null &&
    values.minAmount > values.maxAmount
  ) {
    ctx.addIssue({ code: 'custom', message: 'amountRangeOrder', path: ['maxAmount'] });
  }
}

const maintenanceMessage = z
  .string('invalid')
  .trim()
  .max(MAINTENANCE_MESSAGE_MAX, 'maintenanceMessageTooLong');

type StatusFields = {
  status: BillerStatus;
  maintenanceMessageId: string;
  maintenanceMessageEn: string;
};

/** Customers are told why a biller is in maintenance, in both languages. */
function checkMaintenanceMessages(values: StatusFields, ctx: z.RefinementCtx) {
  if (values.status !== 'MAINTENANCE') return;
  for (const field of ['maintenanceMessageId', 'maintenanceMessageEn'] as const) {
    if (values[field] === '') {
      ctx.addIssue({ code: 'custom', message: 'maintenanceMessageRequired', path: [field] });
    }
  }
}

const statusFields = {
  status: z.enum(BILLER_STATUSES, 'invalid'),
  maintenanceMessageId: maintenanceMessage,
  maintenanceMessageEn: maintenanceMessage,
};

export const billerCodeSchema = z
  .string('billerCodeInvalid')
  .trim()
  .regex(BILLER_CODE_PATTERN, 'billerCodeInvalid');

export const createBillerSchema = z
  .object({ code: billerCodeSchema, ...billerFields, ...statusFields })
  .superRefine((values, ctx) => {
    checkFeesAndLimits(values, ctx);
    checkMaintenanceMessages(values, ctx);
  });
export type CreateBillerInput = z.input<typeof createBillerSchema>;
export type CreateBillerValues = z.output<typeof createBillerSchema>;

const idSchema = z.string('invalid').min(1, 'invalid').max(64, 'invalid');
const versionSchema = z.number('invalid').int('invalid').min(1, 'invalid');

/** The edit form: the code never changes; `version` is the one the form was loaded at. */
export const updateBillerSchema = z
  .object({ billerId: idSchema, version: versionSchema, ...billerFields })
  .superRefine(checkFeesAndLimits);
export type UpdateBillerInput = z.input<typeof updateBillerSchema>;
export type UpdateBillerValues = z.output<typeof updateBillerSchema>;

export const setBillerStatusSchema = z
  .object({ billerId: idSchema, version: versionSchema, ...statusFields })
  .superRefine(checkMaintenanceMessages);
export type SetBillerStatusInput = z.input<typeof setBillerStatusSchema>;

const productFields = {
  nameId: name,
  nameEn: name,
  operator: z
    .enum(['', ...OPERATOR_CODES], 'operatorInvalid')
    .nullable()
    .transform((operator) => operator || null),
  faceValue: rupiah(MAX_PRODUCT_PRICE, 'priceTooHigh'),
  price: rupiah(MAX_PRODUCT_PRICE, 'priceTooHigh'),
  active: z.boolean('invalid'),
  sortOrder,
};

export const createProductSchema = z.object({
  billerId: idSchema,
  code: z.string('productCodeInvalid').trim().regex(PRODUCT_CODE_PATTERN, 'productCodeInvalid'),
  ...productFields,
});
export type CreateProductInput = z.input<typeof createProductSchema>;

/** `expectedUpdatedAt` is when the product was last changed as the admin saw it (ISO time). */
const expectedUpdatedAt = z.iso.datetime('invalid');

export const updateProductSchema = z.object({
  productId: idSchema,
  expectedUpdatedAt,
  ...productFields,
});
export type UpdateProductInput = z.input<typeof updateProductSchema>;

export const setProductActiveSchema = z.object({
  productId: idSchema,
  expectedUpdatedAt,
  active: z.boolean('invalid'),
});
export type SetProductActiveInput = z.input<typeof setProductActiveSchema>;
