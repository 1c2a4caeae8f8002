import { describe, expect, it } from 'vitest';
import {
  brokenRules,
  parseHoldReasons,
  rejectHoldSchema,
  updateFraudRuleSchema,
  wibDayOf,
  type DailyActivity,
  type FraudRuleSetting,
} from '@/lib/domain/fraud-rules';

const rules: FraudRuleSetting[] = [
  { kind: 'CUSTOMER_DAILY_COUNT', limit: 3, active: true },
  { kind: 'CUSTOMER_DAILY_AMOUNT', limit: 1_000_000, active: true },
  { kind: 'REFERENCE_DAILY_COUNT', limit: 1, active: true },
  { kind: 'CARD_DAILY_COUNT', limit: 2, active: true },
];
const quiet: DailyActivity = {
  customerCount: 1,
  customerAmount: 100_000,
  referenceCount: 1,
  cardCount: null,
};

describe('brokenRules', () => {
  it('passes exactly at every limit and breaks one over', () => {
    const atLimit = {
      customerCount: 3,
      customerAmount: 1_000_000,
      referenceCount: 1,
      cardCount: 2,
    };
    expect(brokenRules(rules, atLimit)).toEqual([]);
    expect(
      brokenRules(rules, {
        customerCount: 4,
        customerAmount: 1_000_001,
        referenceCount: 2,
        cardCount: 3,
      }),
    ).toEqual([
      { kind: 'CUSTOMER_DAILY_COUNT', limit: 3, actual: 4 },
      { kind: 'CUSTOMER_DAILY_AMOUNT', limit: 1_000_000, actual: 1_000_001 },
      { kind: 'REFERENCE_DAILY_COUNT', limit: 1, actual: 2 },
      { kind: 'CARD_DAILY_COUNT', limit: 2, actual: 3 },
    ]);
  });

  it('ignores inactive rules and the card rule when not paid by card', () => {
    expect(brokenRules(rules, quiet)).toEqual([]);
    const off = rules.map((rule) => ({ ...rule, active: false }));
    expect(brokenRules(off, { ...quiet, customerCount: 99, cardCount: 99 })).toEqual([]);
    expect(brokenRules([{ kind: 'CARD_DAILY_COUNT', limit: 0, active: true }], quiet)).toEqual([]);
  });

  it('a limit of 0 refuses the first', () => {
    expect(brokenRules([{ kind: 'REFERENCE_DAILY_COUNT', limit: 0, active: true }], quiet)).toEqual(
      [{ kind: 'REFERENCE_DAILY_COUNT', limit: 0, actual: 1 }],
    );
  });
});

describe('wibDayOf', () => {
  it('starts the day at 00:00 WIB (17:00 UTC the day before)', () => {
    const lastMinute = wibDayOf(new Date('2026-11-24T16:59:59.999Z'));
    expect(lastMinute.start.toISOString()).toBe('2026-11-23T17:00:00.000Z');
    expect(lastMinute.end.toISOString()).toBe('2026-11-24T17:00:00.000Z');
    const midnight = wibDayOf(new Date('2026-11-24T17:00:00.000Z'));
    expect(midnight.start.toISOString()).toBe('2026-11-24T17:00:00.000Z');
    expect(midnight.end.toISOString()).toBe('2026-11-25T17:00:00.000Z');
  });

  it('crosses a month and a year in WIB', () => {
    expect(wibDayOf(new Date('2026-12-31T18:00:00Z')).start.toISOString()).toBe(
      '2026-12-31T17:00:00.000Z',
    );
  });
});

describe('forms and stored reasons', () => {
  it('limits are whole numbers from 0; a rejection needs a note', () => {
    const base = { kind: 'CUSTOMER_DAILY_COUNT', active: true, version: 1 };
    expect(updateFraudRuleSchema.safeParse({ ...base, limit: '5' }).data?.limit).toBe(5);
    expect(updateFraudRuleSchema.safeParse({ ...base, limit: '-1' }).success).toBe(false);
    expect(updateFraudRuleSchema.safeParse({ ...base, limit: '1.5' }).success).toBe(false);
    expect(updateFraudRuleSchema.safeParse({ ...base, kind: 'NOPE', limit: 1 }).success).toBe(
      false,
    );
    expect(rejectHoldSchema.safeParse({ holdId: 'h', note: '  ' }).success).toBe(false);
    expect(rejectHoldSchema.safeParse({ holdId: 'h', note: 'ok ya' }).success).toBe(true);
  });

  it('reads back only well-formed reasons', () => {
    expect(parseHoldReasons('not json')).toEqual([]);
    expect(
      parseHoldReasons(
        JSON.stringify([
          { kind: 'BLOCKED_REFERENCE', limit: 0, actual: 1 },
          { kind: 'SOMETHING_ELSE', limit: 1, actual: 2 },
        ]),
      ),
    ).toEqual([{ kind: 'BLOCKED_REFERENCE', limit: 0, actual: 1 }]);
  });
});
