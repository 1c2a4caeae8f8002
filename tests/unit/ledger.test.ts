import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  billerConfirmedPostings,
  depositAccountCode,
  fundsConfirmedPostings,
  knownAccount,
  LedgerError,
  netByAccount,
  normalBalance,
  normalBalanceSide,
  refundOwedPostings,
  refundPaidPostings,
  samePostings,
  validatePostings,
  type Posting,
} from '@/lib/domain/ledger';

const debitTotal = (postings: Posting[]) => postings.reduce((sum, p) => sum + (p.debit ?? 0), 0);
const creditTotal = (postings: Posting[]) => postings.reduce((sum, p) => sum + (p.credit ?? 0), 0);

describe('validatePostings', () => {
  const ok: Posting[] = [
    { accountCode: 'gateway_clearing', debit: 10_000 },
    { accountCode: 'customer_funds_held', credit: 7_500 },
    { accountCode: 'fee_revenue', credit: 2_500 },
  ];

  it('accepts a balanced transaction', () => {
    expect(() => validatePostings(ok)).not.toThrow();
  });

  it.each<[string, Posting[], RegExp]>([
    ['unbalanced', [ok[0]!, { accountCode: 'fee_revenue', credit: 9_999 }], /Unbalanced/],
    ['a single line', [ok[0]!], /at least 2 lines/],
    ['no lines', [], /at least 2 lines/],
    [
      'a negative amount',
      [
        { accountCode: 'a', debit: -5 },
        { accountCode: 'b', credit: -5 },
      ],
      /positive/,
    ],
    ['a zero line', [...ok, { accountCode: 'refunds_payable', debit: 0 }], /positive/],
    [
      'a float',
      [
        { accountCode: 'a', debit: 0.5 },
        { accountCode: 'b', credit: 0.5 },
      ],
      /whole/,
    ],
    ['both sides on a line', [{ accountCode: 'a', debit: 5, credit: 5 }, ok[1]!], /exactly one/],
    ['neither side on a line', [{ accountCode: 'a' }, ok[1]!], /exactly one/],
    [
      'a blank account',
      [
        { accountCode: ' ', debit: 1 },
        { accountCode: 'b', credit: 1 },
      ],
      /account/,
    ],
    [
      'one account only',
      [
        { accountCode: 'a', debit: 1 },
        { accountCode: 'a', credit: 1 },
      ],
      /2 accounts/,
    ],
    [
      'an unsafe total',
      [
        { accountCode: 'a', debit: Number.MAX_SAFE_INTEGER },
        { accountCode: 'a', debit: Number.MAX_SAFE_INTEGER },
        { accountCode: 'b', credit: Number.MAX_SAFE_INTEGER },
      ],
      /too large/,
    ],
  ])('refuses %s', (_name, postings, message) => {
    expect(() => validatePostings(postings)).toThrow(LedgerError);
    expect(() => validatePostings(postings)).toThrow(message);
  });

  it('throws an error that is also a RangeError', () => {
    expect(() => validatePostings([])).toThrow(RangeError);
  });
});

describe('accounts', () => {
  it('knows the normal side of each type', () => {
    expect(normalBalanceSide('ASSET')).toBe('DEBIT');
    expect(normalBalanceSide('EXPENSE')).toBe('DEBIT');
    expect(normalBalanceSide('LIABILITY')).toBe('CREDIT');
    expect(normalBalanceSide('REVENUE')).toBe('CREDIT');
    expect(normalBalanceSide('EQUITY')).toBe('CREDIT');
    expect(normalBalance('LIABILITY', -500)).toBe(500);
    expect(normalBalance('ASSET', 500)).toBe(500);
  });

  it('knows the fixed accounts and every agent deposit, and nothing else', () => {
    expect(knownAccount('gateway_clearing')?.type).toBe('ASSET');
    expect(knownAccount('agent_commission')?.type).toBe('EXPENSE');
    expect(knownAccount(depositAccountCode('outlet-1'))?.type).toBe('LIABILITY');
    expect(knownAccount('deposit:')).toBeUndefined();
    expect(knownAccount('toString')).toBeUndefined();
  });

  it('nets lines per account in code order, and compares postings whatever their order', () => {
    const lines: Posting[] = [
      { accountCode: 'b', debit: 5 },
      { accountCode: 'a', credit: 3 },
      { accountCode: 'b', credit: 2 },
    ];
    expect(netByAccount(lines)).toEqual([
      ['a', -3],
      ['b', 3],
    ]);
    expect(samePostings(lines, [...lines].reverse())).toBe(true);
    expect(samePostings(lines, lines.slice(1))).toBe(false);
  });
});

describe('bill payment recipes', () => {
  it('posts each step as the design describes', () => {
    expect(fundsConfirmedPostings({ total: 152_500 })).toEqual([
      { accountCode: 'gateway_clearing', debit: 152_500 },
      { accountCode: 'customer_funds_held', credit: 152_500 },
    ]);
    expect(billerConfirmedPostings({ billAmount: 150_000, fees: 2_500 })).toEqual([
      { accountCode: 'customer_funds_held', debit: 152_500 },
      { accountCode: 'biller_payable', credit: 150_000 },
      { accountCode: 'fee_revenue', credit: 2_500 },
    ]);
    expect(refundOwedPostings({ total: 152_500 })).toEqual([
      { accountCode: 'customer_funds_held', debit: 152_500 },
      { accountCode: 'refunds_payable', credit: 152_500 },
    ]);
    expect(refundPaidPostings({ total: 152_500 })).toEqual([
      { accountCode: 'refunds_payable', debit: 152_500 },
      { accountCode: 'gateway_clearing', credit: 152_500 },
    ]);
  });

  it('omits a zero fee line', () => {
    expect(billerConfirmedPostings({ billAmount: 50_000, fees: 0 })).toHaveLength(2);
  });

  it('refuses amounts that are not positive whole rupiah', () => {
    expect(() => fundsConfirmedPostings({ total: 0 })).toThrow(LedgerError);
    expect(() => refundOwedPostings({ total: -1 })).toThrow(LedgerError);
    expect(() => refundPaidPostings({ total: 1.5 })).toThrow(LedgerError);
    expect(() => billerConfirmedPostings({ billAmount: 10_000, fees: -1 })).toThrow(LedgerError);
    expect(() => billerConfirmedPostings({ billAmount: 0, fees: 2_500 })).toThrow(LedgerError);
  });

  it('balances every recipe for any amounts (property)', () => {
    const amount = fc.integer({ min: 1, max: 1_000_000_000_000 });
    fc.assert(
      fc.property(amount, fc.nat({ max: 1_000_000 }), (billAmount, fees) => {
        const total = billAmount + fees;
        const all = [
          fundsConfirmedPostings({ total }),
          billerConfirmedPostings({ billAmount, fees }),
          refundOwedPostings({ total }),
          refundPaidPostings({ total }),
        ];
        for (const postings of all) {
          expect(() => validatePostings(postings)).not.toThrow();
          expect(debitTotal(postings)).toBe(creditTotal(postings));
        }
        // Paid to the biller, or refunded: either way nothing stays held for the customer.
        const held = (path: Posting[][]) =>
          path.flat().reduce((sum, p) => {
            if (p.accountCode !== 'customer_funds_held') return sum;
            return sum + (p.debit ?? 0) - (p.credit ?? 0);
          }, 0);
        expect(held([all[0]!, all[1]!])).toBe(0);
        expect(held([all[0]!, all[2]!, all[3]!])).toBe(0);
      }),
    );
  });
});
