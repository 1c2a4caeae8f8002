import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agentCommissionPostings,
  billerConfirmedPostings,
  depositAccountCode,
  depositAdjustmentPostings,
  depositHoldPostedPostings,
  depositHoldPostings,
  depositHoldReleasedPostings,
  depositHoldsAccountCode,
  depositTopUpPostings,
  fundsConfirmedPostings,
  isOutletAccount,
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
    expect(knownAccount(depositHoldsAccountCode('outlet-1'))?.type).toBe('LIABILITY');
    expect(knownAccount('bank_transfers')?.type).toBe('ASSET');
    expect(knownAccount('deposit_adjustments')?.type).toBe('EQUITY');
    expect(knownAccount('deposit:')).toBeUndefined();
    expect(knownAccount('deposit_holds:')).toBeUndefined();
    expect(isOutletAccount(depositAccountCode('o'))).toBe(true);
    expect(isOutletAccount(depositHoldsAccountCode('o'))).toBe(true);
    expect(isOutletAccount('deposit_adjustments')).toBe(false);
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

describe('agent deposit recipes', () => {
  const outletId = 'o1';
  const deposit = depositAccountCode(outletId);
  const holds = depositHoldsAccountCode(outletId);
  /** Net of one account over several postings, on its debit side. */
  const net = (code: string, path: Posting[][]) =>
    path
      .flat()
      .reduce(
        (sum, p) => (p.accountCode === code ? sum + (p.debit ?? 0) - (p.credit ?? 0) : sum),
        0,
      );

  it('posts each step of a counter sale and a top-up as the design describes', () => {
    expect(depositHoldPostings({ outletId, amount: 152_500 })).toEqual([
      { accountCode: deposit, debit: 152_500 },
      { accountCode: holds, credit: 152_500 },
    ]);
    expect(depositHoldPostedPostings({ outletId, billAmount: 150_000, fees: 2_500 })).toEqual([
      { accountCode: holds, debit: 152_500 },
      { accountCode: 'biller_payable', credit: 150_000 },
      { accountCode: 'fee_revenue', credit: 2_500 },
    ]);
    expect(depositHoldReleasedPostings({ outletId, amount: 152_500 })).toEqual([
      { accountCode: holds, debit: 152_500 },
      { accountCode: deposit, credit: 152_500 },
    ]);
    expect(agentCommissionPostings({ outletId, commission: 1_000 })).toEqual([
      { accountCode: 'agent_commission', debit: 1_000 },
      { accountCode: deposit, credit: 1_000 },
    ]);
    expect(depositTopUpPostings({ outletId, amount: 500_000, via: 'GATEWAY' })).toEqual([
      { accountCode: 'gateway_clearing', debit: 500_000 },
      { accountCode: deposit, credit: 500_000 },
    ]);
    expect(depositTopUpPostings({ outletId, amount: 500_000, via: 'BANK_TRANSFER' })[0]).toEqual({
      accountCode: 'bank_transfers',
      debit: 500_000,
    });
    expect(depositAdjustmentPostings({ outletId, amount: -5_000 })).toEqual([
      { accountCode: deposit, debit: 5_000 },
      { accountCode: 'deposit_adjustments', credit: 5_000 },
    ]);
  });

  it('refuses amounts that are not positive whole rupiah', () => {
    expect(() => depositHoldPostings({ outletId, amount: 0 })).toThrow(LedgerError);
    expect(() => depositHoldReleasedPostings({ outletId, amount: 1.5 })).toThrow(LedgerError);
    expect(() => agentCommissionPostings({ outletId, commission: -1 })).toThrow(LedgerError);
    expect(() => depositHoldPostedPostings({ outletId, billAmount: 1, fees: -1 })).toThrow(
      LedgerError,
    );
    expect(() => depositAdjustmentPostings({ outletId, amount: 0 })).toThrow(LedgerError);
  });

  it('balances every recipe, and a hold always ends posted or released (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.nat({ max: 100_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((n) => n !== 0),
        (billAmount, fees, commission, adjustment) => {
          const amount = billAmount + fees;
          const hold = depositHoldPostings({ outletId, amount });
          const posted = depositHoldPostedPostings({ outletId, billAmount, fees });
          const released = depositHoldReleasedPostings({ outletId, amount });
          const all = [
            hold,
            posted,
            released,
            agentCommissionPostings({ outletId, commission }),
            depositTopUpPostings({ outletId, amount, via: 'GATEWAY' }),
            depositAdjustmentPostings({ outletId, amount: adjustment }),
          ];
          for (const postings of all) {
            expect(() => validatePostings(postings)).not.toThrow();
            expect(debitTotal(postings)).toBe(creditTotal(postings));
          }
          // Nothing stays held: posted to the biller, or back on the deposit in full.
          expect(net(holds, [hold, posted])).toBe(0);
          expect(net(holds, [hold, released])).toBe(0);
          expect(net(deposit, [hold, released])).toBe(0);
        },
      ),
    );
  });
});
