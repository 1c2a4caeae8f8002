import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createBillerSchema,
  createProductSchema,
  cutOffWindowFieldSchema,
  REFERENCE_KINDS,
  setBillerStatusSchema,
  setProductActiveSchema,
  updateBillerSchema,
  updateProductSchema,
  type CreateBillerInput,
} from '@/lib/domain/biller-config';
import { cutOffWindowSchema } from '@/lib/domain/cut-off';
import { referenceRuleSchema } from '@/lib/domain/references/rules';
import id from '@/messages/id';

const valid: CreateBillerInput = {
  code: 'BPJS_TK',
  category: 'INSURANCE',
  kind: 'POSTPAID',
  nameId: 'BPJS Ketenagakerjaan',
  nameEn: 'BPJS Ketenagakerjaan (employment insurance)',
  inquiryProductCode: 'BPJSTK',
  referenceRule: { kind: 'bpjs' },
  adminFee: 2_500,
  agentCommission: 1_000,
  maxOutletMarkup: 5_000,
  minAmount: 10_000,
  maxAmount: 5_000_000,
  cutOffWindows: [{ start: '23:30', end: '00:30' }],
  sortOrder: 20,
  status: 'ACTIVE',
  maintenanceMessageId: '',
  maintenanceMessageEn: '',
};

function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

/** The validation keys a parse reports, by the first segment of their path. */
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.');
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

describe('createBillerSchema', () => {
  it('accepts a complete biller and turns blanks into nothing', () => {
    const parsed = createBillerSchema.parse({ ...valid, inquiryProductCode: ' ' });
    expect(parsed.inquiryProductCode).toBeNull();
    expect(parsed.referenceRule).toEqual({ kind: 'bpjs' });
  });

  it('parses its own output to the same values (the action and the use case both parse)', () => {
    const once = createBillerSchema.parse({
      ...valid,
      referenceRule: { kind: 'pdam', length: 9 },
    });
    expect(createBillerSchema.parse(once)).toEqual(once);
    const none = createBillerSchema.parse({ ...valid, inquiryProductCode: '' });
    expect(createBillerSchema.parse(none)).toEqual(none);
  });

  it.each([
    ['lowercase', 'pln_token'],
    ['too short', 'PL'],
    ['too long', 'A'.repeat(33)],
    ['a dash', 'PLN-TOKEN'],
  ])('refuses a code in %s', (_label, code) => {
    expect(errorsOf(createBillerSchema, { ...valid, code })).toEqual({
      code: ['billerCodeInvalid'],
    });
  });

  it('keeps fees and amounts whole, not negative and within their limits', () => {
    expect(errorsOf(createBillerSchema, { ...valid, adminFee: 2_500.5 })).toEqual({
      adminFee: ['rupiahWhole'],
    });
    expect(errorsOf(createBillerSchema, { ...valid, maxOutletMarkup: -1 })).toEqual({
      maxOutletMarkup: ['rupiahNegative'],
    });
    expect(errorsOf(createBillerSchema, { ...valid, adminFee: Number.NaN })).toMatchObject({
      adminFee: ['rupiahRequired'],
    });
    expect(errorsOf(createBillerSchema, { ...valid, maxOutletMarkup: 100_001 })).toEqual({
      maxOutletMarkup: ['maxMarkupTooHigh'],
    });
    expect(errorsOf(createBillerSchema, { ...valid, maxAmount: 2_000_000_000 })).toEqual({
      maxAmount: ['amountTooHigh'],
    });
  });

  it('pays the commission out of the admin fee', () => {
    expect(
      errorsOf(createBillerSchema, { ...valid, adminFee: 2_500, agentCommission: 2_500 }),
    ).toEqual({});
    expect(
      errorsOf(createBillerSchema, { ...valid, adminFee: 2_500, agentCommission: 2_501 }),
    ).toEqual({ agentCommission: ['commissionAboveFee'] });
  });

  it('wants the minimum amount at or below the maximum; either may be left open', () => {
    expect(errorsOf(createBillerSchema, { ...valid, minAmount: 10_000, maxAmount: 9_999 })).toEqual(
      { maxAmount: ['amountRangeOrder'] },
    );
    expect(errorsOf(createBillerSchema, { ...valid, minAmount: null, maxAmount: 10 })).toEqual({});
    expect(errorsOf(createBillerSchema, { ...valid, minAmount: 10, maxAmount: null })).toEqual({});
  });

  it('reports every broken rule at once', () => {
    expect(
      errorsOf(createBillerSchema, {
        ...valid,
        nameId: 'x',
        agentCommission: 5_000,
        minAmount: 9,
        maxAmount: 1,
      }),
    ).toEqual({
      nameId: ['billerNameTooShort'],
      agentCommission: ['commissionAboveFee'],
      maxAmount: ['amountRangeOrder'],
    });
  });

  it('asks for the customers’ message in both languages when in maintenance', () => {
    expect(errorsOf(createBillerSchema, { ...valid, status: 'MAINTENANCE' })).toEqual({
      maintenanceMessageId: ['maintenanceMessageRequired'],
      maintenanceMessageEn: ['maintenanceMessageRequired'],
    });
    expect(
      errorsOf(createBillerSchema, {
        ...valid,
        status: 'MAINTENANCE',
        maintenanceMessageId: 'Sedang diperbarui sampai 06.00 WIB.',
        maintenanceMessageEn: '   ',
      }),
    ).toEqual({ maintenanceMessageEn: ['maintenanceMessageRequired'] });
    expect(
      errorsOf(createBillerSchema, { ...valid, status: 'DISABLED', maintenanceMessageId: '' }),
    ).toEqual({});
  });

  it('checks the reference rule with the schema the customer screens read it with', () => {
    for (const kind of REFERENCE_KINDS) {
      const rule = kind === 'pdam' ? { kind, length: 8 } : { kind };
      const parsed = createBillerSchema.parse({ ...valid, referenceRule: rule });
      expect(referenceRuleSchema.parse(parsed.referenceRule)).toEqual(rule);
    }
    // A length left behind from an earlier PDAM choice is dropped, not stored.
    expect(
      createBillerSchema.parse({ ...valid, referenceRule: { kind: 'telkom', length: 8 } })
        .referenceRule,
    ).toEqual({ kind: 'telkom' });
    expect(errorsOf(createBillerSchema, { ...valid, referenceRule: { kind: 'pdam' } })).toEqual({
      'referenceRule.length': ['pdamLengthInvalid'],
    });
    expect(
      errorsOf(createBillerSchema, { ...valid, referenceRule: { kind: 'pdam', length: 21 } }),
    ).toEqual({ 'referenceRule.length': ['pdamLengthInvalid'] });
    expect(errorsOf(createBillerSchema, { ...valid, referenceRule: { kind: 'iban' } })).toEqual({
      'referenceRule.kind': ['referenceKindInvalid'],
    });
  });
});

describe('cut-off windows', () => {
  it('takes HH:MM in WIB, overnight windows included', () => {
    expect(cutOffWindowFieldSchema.safeParse({ start: '23:00', end: '01:00' }).success).toBe(true);
    expect(cutOffWindowFieldSchema.safeParse({ start: '00:00', end: '23:59' }).success).toBe(true);
  });

  it.each([
    [{ start: '24:00', end: '01:00' }, { start: ['cutOffTimeInvalid'] }],
    [{ start: '7:00', end: '08:00' }, { start: ['cutOffTimeInvalid'] }],
    [{ start: '07:00', end: '08:60' }, { end: ['cutOffTimeInvalid'] }],
    [{ start: '07:00', end: '07:00' }, { end: ['cutOffSameStartEnd'] }],
  ])('refuses %j', (window, errors) => {
    expect(errorsOf(cutOffWindowFieldSchema, window)).toEqual(errors);
  });

  it('accepts exactly what the cut-off rule reads', () => {
    const samples = ['00:00', '07:30', '12:00', '23:59', '24:00', '7:30', '12:60', 'ab:cd', ''];
    for (const start of samples) {
      for (const end of samples) {
        const window = { start, end };
        expect(cutOffWindowFieldSchema.safeParse(window).success).toBe(
          cutOffWindowSchema.safeParse(window).success,
        );
      }
    }
  });

  it('allows six windows a day at most', () => {
    const windows = Array.from({ length: 7 }, (_, hour) => ({
      start: `0${hour}:00`,
      end: `0${hour}:30`,
    }));
    expect(errorsOf(createBillerSchema, { ...valid, cutOffWindows: windows })).toEqual({
      cutOffWindows: ['cutOffTooMany'],
    });
    expect(errorsOf(createBillerSchema, { ...valid, cutOffWindows: windows.slice(0, 6) })).toEqual(
      {},
    );
  });
});

describe('edit and status schemas', () => {
  const fields = omit(valid, 'code', 'status', 'maintenanceMessageId', 'maintenanceMessageEn');

  it('the edit form carries the version it was loaded at, and no code', () => {
    const parsed = updateBillerSchema.parse({ ...fields, billerId: 'b1', version: 3, code: 'X' });
    expect(parsed.version).toBe(3);
    expect(parsed).not.toHaveProperty('code');
    expect(errorsOf(updateBillerSchema, { ...fields, billerId: 'b1' })).toHaveProperty('version');
    expect(
      errorsOf(updateBillerSchema, { ...fields, billerId: 'b1', version: 1, agentCommission: 9e3 }),
    ).toEqual({ agentCommission: ['commissionAboveFee'] });
  });

  it('maintenance needs its message; enabling and disabling do not', () => {
    const base = { billerId: 'b1', version: 1, maintenanceMessageId: '', maintenanceMessageEn: '' };
    expect(errorsOf(setBillerStatusSchema, { ...base, status: 'MAINTENANCE' })).toEqual({
      maintenanceMessageId: ['maintenanceMessageRequired'],
      maintenanceMessageEn: ['maintenanceMessageRequired'],
    });
    expect(errorsOf(setBillerStatusSchema, { ...base, status: 'DISABLED' })).toEqual({});
    expect(errorsOf(setBillerStatusSchema, { ...base, status: 'GONE' })).toEqual({
      status: ['invalid'],
    });
    expect(
      errorsOf(setBillerStatusSchema, {
        ...base,
        status: 'MAINTENANCE',
        maintenanceMessageId: 'x'.repeat(301),
        maintenanceMessageEn: 'Back at 06:00 WIB.',
      }),
    ).toEqual({ maintenanceMessageId: ['maintenanceMessageTooLong'] });
  });
});

describe('product schemas', () => {
  const product = {
    billerId: 'b1',
    code: 'BPJSTK1',
    nameId: 'Iuran 1 bulan',
    nameEn: 'One month',
    operator: '',
    faceValue: 0,
    price: 0,
    active: true,
    sortOrder: 0,
  };

  it('accepts a product and reads a blank operator as none', () => {
    const parsed = createProductSchema.parse(product);
    expect(parsed.operator).toBeNull();
    expect(createProductSchema.parse(parsed)).toEqual(parsed);
    expect(createProductSchema.parse({ ...product, operator: 'TELKOMSEL' }).operator).toBe(
      'TELKOMSEL',
    );
  });

  it('refuses bad codes, operators and prices', () => {
    expect(
      errorsOf(createProductSchema, {
        ...product,
        code: 'tsel 5',
        operator: 'VODAFONE',
        price: -1,
        faceValue: 100_000_001,
      }),
    ).toEqual({
      code: ['productCodeInvalid'],
      operator: ['operatorInvalid'],
      price: ['rupiahNegative'],
      faceValue: ['priceTooHigh'],
    });
  });

  it('edits carry the time the product was last changed as the admin saw it', () => {
    const fields = omit(product, 'billerId', 'code');
    const at = '2026-11-24T07:00:00.000Z';
    expect(
      updateProductSchema.safeParse({ ...fields, productId: 'p1', expectedUpdatedAt: at }).success,
    ).toBe(true);
    expect(
      errorsOf(setProductActiveSchema, {
        productId: 'p1',
        expectedUpdatedAt: 'yesterday',
        active: 1,
      }),
    ).toEqual({ expectedUpdatedAt: [expect.any(String)], active: [expect.any(String)] });
  });
});

describe('messages', () => {
  it('every key the schemas report is in the validation catalogue', () => {
    const reported = new Set<string>();
    const collect = (schema: z.ZodType, input: unknown) => {
      const result = schema.safeParse(input);
      if (!result.success) result.error.issues.forEach((issue) => reported.add(issue.message));
    };
    collect(createBillerSchema, {
      ...valid,
      code: 'x',
      nameId: 'x',
      nameEn: 'x'.repeat(81),
      inquiryProductCode: '?',
      referenceRule: { kind: 'pdam' },
      adminFee: 1.5,
      agentCommission: 200_000,
      maxOutletMarkup: 200_000,
      minAmount: -1,
      maxAmount: 2e9,
      cutOffWindows: [{ start: '1', end: '1' }],
      sortOrder: -1,
      status: 'MAINTENANCE',
      maintenanceMessageEn: 'x'.repeat(301),
    });
    collect(createBillerSchema, { ...valid, adminFee: undefined, minAmount: 5, maxAmount: 1 });
    collect(createBillerSchema, {
      ...valid,
      agentCommission: 3_000,
      referenceRule: { kind: '' },
      cutOffWindows: [
        { start: '01:00', end: '01:00' },
        ...Array(6).fill({ start: '02:00', end: '03:00' }),
      ],
    });
    collect(createProductSchema, { billerId: 'b', code: '?', operator: 'X', price: 2e8 });
    expect(reported.size).toBeGreaterThan(15);
    for (const key of [...reported, 'billerCodeTaken', 'productCodeTaken']) {
      expect(Object.keys(id.validation), key).toContain(key);
    }
  });
});
