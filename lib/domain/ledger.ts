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
  // What an admin's refund of a successful sale costs Loket beyond its own fees.
  refund_losses: { type: 'EXPENSE', name: 'Refunds borne by Loket' },
  // Manual deposit top-ups: transfers into Loket's own bank account, approved by an admin.
  bank_transfers: { type: 'ASSET', name: 'Bank transfers received' },
  // Deposit corrections and opening balances that no payment stands behind.
  deposit_adjustments: { type: 'EQUITY', name: 'Deposit adjustments' },
} as const satisfies Record<string, { type: LedgerAccountType; name: string }>;
export type KnownAccountCode = keyof typeof LEDGER_ACCOUNTS;

// Each outlet has two accounts, both owed to the outlet (LIABILITY): its deposit, which is what
// it may spend (the available balance), and its holds, the money set aside for counter sales
// the biller has not answered yet. A hold per outlet, not one shared account, so the outlet's
// held amount is read from the ledger and checked exactly against its HELD DepositHold rows.
const DEPOSIT_PREFIX = 'deposit:';
const DEPOSIT_HOLDS_PREFIX = 'deposit_holds:';
export const depositAccountCode = (outletId: string) => `${DEPOSIT_PREFIX}${outletId}`;
export const depositHoldsAccountCode = (outletId: string) => `${DEPOSIT_HOLDS_PREFIX}${outletId}`;

const OUTLET_ACCOUNTS = [
  { prefix: DEPOSIT_PREFIX, name: 'Agent deposit' },
  { prefix: DEPOSIT_HOLDS_PREFIX, name: 'Agent deposit holds' },
] as const;

/** An outlet's deposit or holds account: what the ledger owes an outlet, never below zero. */
export const isOutletAccount = (code: string): boolean =>
  OUTLET_ACCOUNTS.some(({ prefix }) => code.startsWith(prefix) && code.length > prefix.length);

/** Type and name of an account the code knows by its code, or undefined. */
export function knownAccount(code: string): { type: LedgerAccountType; name: string } | undefined {
  if (Object.hasOwn(LEDGER_ACCOUNTS, code)) return LEDGER_ACCOUNTS[code as KnownAccountCode];
  for (const { prefix, name } of OUTLET_ACCOUNTS) {
    if (code.startsWith(prefix) && code.length > prefix.length) {
      return { type: 'LIABILITY', name: `${name} ${code.slice(prefix.length)}` };
    }
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

// ---------------------------------------------------------------------------------------------
// Agent deposits. A counter sale is two-phase: the hold moves the deposit charge from the
// deposit to the outlet's holds (guarded, so the deposit never goes below zero); the biller's
// answer then posts it (to the biller and our fees) or releases it back to the deposit.

/** A counter sale sets the deposit charge aside until the biller answers. */
export function depositHoldPostings(input: { outletId: string; amount: Rupiah }): Posting[] {
  const amount = positiveAmount('amount', input.amount);
  return balanced([
    { accountCode: depositAccountCode(input.outletId), debit: amount },
    { accountCode: depositHoldsAccountCode(input.outletId), credit: amount },
  ]);
}

/** The biller took the bill: the held money becomes owed to the biller, plus our fees. */
export function depositHoldPostedPostings(input: {
  outletId: string;
  billAmount: Rupiah;
  fees: Rupiah;
}): Posting[] {
  const billAmount = positiveAmount('billAmount', input.billAmount);
  const fees = input.fees === 0 ? 0 : positiveAmount('fees', input.fees);
  return balanced([
    { accountCode: depositHoldsAccountCode(input.outletId), debit: billAmount + fees },
    { accountCode: 'biller_payable', credit: billAmount },
    ...(fees > 0 ? [{ accountCode: 'fee_revenue', credit: fees }] : []),
  ]);
}

/** The biller refused: the held money goes back to the deposit. */
export function depositHoldReleasedPostings(input: {
  outletId: string;
  amount: Rupiah;
}): Posting[] {
  const amount = positiveAmount('amount', input.amount);
  return balanced([
    { accountCode: depositHoldsAccountCode(input.outletId), debit: amount },
    { accountCode: depositAccountCode(input.outletId), credit: amount },
  ]);
}

/** The outlet's commission on a successful sale, paid into its deposit. */
export function agentCommissionPostings(input: {
  outletId: string;
  commission: Rupiah;
}): Posting[] {
  const commission = positiveAmount('commission', input.commission);
  return balanced([
    { accountCode: 'agent_commission', debit: commission },
    { accountCode: depositAccountCode(input.outletId), credit: commission },
  ]);
}

/** A top-up arrived: by virtual account (the gateway owes it to us) or by bank transfer. */
export function depositTopUpPostings(input: {
  outletId: string;
  amount: Rupiah;
  via: 'GATEWAY' | 'BANK_TRANSFER';
}): Posting[] {
  const amount = positiveAmount('amount', input.amount);
  return balanced([
    {
      accountCode: input.via === 'GATEWAY' ? 'gateway_clearing' : 'bank_transfers',
      debit: amount,
    },
    { accountCode: depositAccountCode(input.outletId), credit: amount },
  ]);
}

/** A correction by hand: a positive amount adds to the deposit, a negative one takes away. */
export function depositAdjustmentPostings(input: { outletId: string; amount: Rupiah }): Posting[] {
  if (!Number.isSafeInteger(input.amount) || input.amount === 0) {
    throw new LedgerError(`amount must be a non-zero whole rupiah amount, got ${input.amount}`);
  }
  const amount = Math.abs(input.amount);
  const deposit = depositAccountCode(input.outletId);
  return balanced(
    input.amount > 0
      ? [
          { accountCode: 'deposit_adjustments', debit: amount },
          { accountCode: deposit, credit: amount },
        ]
      : [
          { accountCode: deposit, debit: amount },
          { accountCode: 'deposit_adjustments', credit: amount },
        ],
  );
}
