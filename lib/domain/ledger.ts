import type { Rupiah } from './money';

// Double-entry rules (DESIGN.md, "Money"). A cached balance is always debit minus credit;
// whether that is "money held" or "money owed" depends on the account's normal side.

export const LEDGER_ACCOUNT_TYPES = ['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE'] as const;
export type LedgerAccountType = (typeof LEDGER_ACCOUNT_TYPES)[number];
export const isLedgerAccountType = (value: string): value is LedgerAccountType =>
  (LEDGER_ACCOUNT_TYPES as readonly string[]).includes(value);
export type Posting = { accountCode: string; debit?: Rupiah; credit?: Rupiah };

export class LedgerError extends RangeError {
  override name = 'LedgerError';
}

export function normalBalanceSide(type: LedgerAccountType): 'DEBIT' | 'CREDIT' {
  return type === 'ASSET' || type === 'EXPENSE' ? 'DEBIT' : 'CREDIT';
}

/** A debit-minus-credit amount seen from the account's normal side (what it holds or owes). */
export function normalBalance(type: LedgerAccountType, debitMinusCredit: Rupiah): Rupiah {
  if (normalBalanceSide(type) === 'DEBIT' || debitMinusCredit === 0) return debitMinusCredit;
  return -debitMinusCredit;
}

export const LEDGER_ACCOUNTS = {
  gateway_clearing: { type: 'ASSET', name: 'Gateway clearing' },
  customer_funds_held: { type: 'LIABILITY', name: 'Customer funds held' },
  biller_payable: { type: 'LIABILITY', name: 'Biller payable' },
  fee_revenue: { type: 'REVENUE', name: 'Fee revenue' },
  refunds_payable: { type: 'LIABILITY', name: 'Refunds payable' },
  agent_commission: { type: 'EXPENSE', name: 'Agent commission' },
} as const satisfies Record<string, { type: LedgerAccountType; name: string }>;
export type KnownAccountCode = keyof typeof LEDGER_ACCOUNTS;

const DEPOSIT_PREFIX = 'deposit:';
export const depositAccountCode = (outletId: string) => `${DEPOSIT_PREFIX}${outletId}`;

/** Type and name of an account the code knows by its code, or undefined. */
export function knownAccount(code: string): { type: LedgerAccountType; name: string } | undefined {
  if (Object.hasOwn(LEDGER_ACCOUNTS, code)) return LEDGER_ACCOUNTS[code as KnownAccountCode];
  if (code.startsWith(DEPOSIT_PREFIX) && code.length > DEPOSIT_PREFIX.length) {
    return { type: 'LIABILITY', name: `Agent deposit ${code.slice(DEPOSIT_PREFIX.length)}` };
  }
  return undefined;
}

function positiveAmount(what: string, value: unknown): Rupiah {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new LedgerError(`${what} must be a positive whole rupiah amount, got ${String(value)}`);
  }
  return value;
}

/** Throws a LedgerError unless the lines form one balanced double-entry transaction. */
export function validatePostings(postings: readonly Posting[]): void {
  if (postings.length < 2) throw new LedgerError('A ledger transaction needs at least 2 lines');
  let debits = 0;
  let credits = 0;
  postings.forEach((line, index) => {
    const where = `line ${index + 1} (${line.accountCode})`;
    if (typeof line.accountCode !== 'string' || line.accountCode.trim() === '') {
      throw new LedgerError(`line ${index + 1} has no account code`);
    }
    if ((line.debit === undefined) === (line.credit === undefined)) {
      throw new LedgerError(`${where} must have exactly one of debit or credit`);
    }
    if (line.debit !== undefined) debits += positiveAmount(`${where} debit`, line.debit);
    if (line.credit !== undefined) credits += positiveAmount(`${where} credit`, line.credit);
  });
  if (!Number.isSafeInteger(debits) || !Number.isSafeInteger(credits)) {
    throw new LedgerError('Ledger transaction total is too large');
  }
  if (debits !== credits) {
    throw new LedgerError(`Unbalanced ledger transaction: debits ${debits} != credits ${credits}`);
  }
  if (new Set(postings.map((line) => line.accountCode)).size < 2) {
    throw new LedgerError('A ledger transaction must touch at least 2 accounts');
  }
}

/** Net debit-minus-credit per account, in account-code order (a stable lock order). */
export function netByAccount(postings: readonly Posting[]): [code: string, net: Rupiah][] {
  const net = new Map<string, Rupiah>();
  for (const line of postings) {
    const change = (line.debit ?? 0) - (line.credit ?? 0);
    net.set(line.accountCode, (net.get(line.accountCode) ?? 0) + change);
  }
  return [...net].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Same lines, whatever their order: a retried request must post exactly what the first did. */
export function samePostings(a: readonly Posting[], b: readonly Posting[]): boolean {
  const canonical = (lines: readonly Posting[]) =>
    lines
      .map((line) => `${line.accountCode}\u0000${line.debit ?? 0}\u0000${line.credit ?? 0}`)
      .sort()
      .join('\n');
  return canonical(a) === canonical(b);
}

function balanced(postings: Posting[]): Posting[] {
  validatePostings(postings);
  return postings;
}

/** The gateway confirmed the customer's payment: it owes us the money, we hold it for them. */
export function fundsConfirmedPostings(input: { total: Rupiah }): Posting[] {
  const total = positiveAmount('total', input.total);
  return balanced([
    { accountCode: 'gateway_clearing', debit: total },
    { accountCode: 'customer_funds_held', credit: total },
  ]);
}

/** The biller took the bill: the held money becomes owed to the biller, plus our fees. */
export function billerConfirmedPostings(input: { billAmount: Rupiah; fees: Rupiah }): Posting[] {
  const billAmount = positiveAmount('billAmount', input.billAmount);
  const fees = input.fees === 0 ? 0 : positiveAmount('fees', input.fees);
  return balanced([
    { accountCode: 'customer_funds_held', debit: billAmount + fees },
    { accountCode: 'biller_payable', credit: billAmount },
    ...(fees > 0 ? [{ accountCode: 'fee_revenue', credit: fees }] : []),
  ]);
}

/** The bill cannot be paid: the held money is now owed back to the customer. */
export function refundOwedPostings(input: { total: Rupiah }): Posting[] {
  const total = positiveAmount('total', input.total);
  return balanced([
    { accountCode: 'customer_funds_held', debit: total },
    { accountCode: 'refunds_payable', credit: total },
  ]);
}

/** The gateway returned the money to the customer out of what it owes us. */
export function refundPaidPostings(input: { total: Rupiah }): Posting[] {
  const total = positiveAmount('total', input.total);
  return balanced([
    { accountCode: 'refunds_payable', debit: total },
    { accountCode: 'gateway_clearing', credit: total },
  ]);
}
