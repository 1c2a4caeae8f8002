import 'server-only';
import { randomUUID } from 'node:crypto';
import type { DbTransaction } from '@/lib/db';
import {
  netByAccount,
  normalBalanceSide,
  samePostings,
  validatePostings,
  type Posting,
} from '@/lib/domain/ledger';
import { ensureAccounts, type AccountTypes, type LedgerAccountRef } from './ensure-accounts';
import { IdempotencyConflictError, InsufficientBalanceError } from './errors';

export type PostLedgerTransactionInput = {
  /** One business event, one key: posting it again changes nothing. */
  idempotencyKey: string;
  kind: string;
  transactionId?: string;
  description: string;
  postings: readonly Posting[];
  /** Types of new accounts whose code the domain does not know (`deposit:*` it does). */
  accountTypes?: AccountTypes;
  /** Accounts that must never go below zero on their normal side (agent deposits). */
  forbidNegative?: readonly string[];
};

/**
 * Posts one balanced ledger transaction inside the caller's DB transaction: the entries and the
 * cached balances move together or not at all. A key already posted returns its id with
 * `created: false` if the request is the same, and throws IdempotencyConflictError if not; an
 * account guarded by `forbidNegative` that cannot cover its debit throws
 * InsufficientBalanceError, which rolls the caller's transaction back.
 */
export async function postLedgerTransaction(
  tx: DbTransaction,
  input: PostLedgerTransactionInput,
): Promise<{ id: string; created: boolean }> {
  validatePostings(input.postings);
  const id = randomUUID();
  // The unique key decides who posts, without a prior read: a concurrent duplicate waits for
  // the first, then inserts nothing. No error is raised, so the caller's transaction goes on
  // (a caught unique violation would still abort it on PostgreSQL).
  const inserted = await tx.$executeRaw`
    INSERT INTO "LedgerTransaction"
      ("id", "idempotencyKey", "kind", "transactionId", "description", "createdAt")
    VALUES (${id}, ${input.idempotencyKey}, ${input.kind}, ${input.transactionId ?? null},
      ${input.description}, ${new Date()})
    ON CONFLICT ("idempotencyKey") DO NOTHING`;
  if (inserted === 0) return { id: await samePostingAlreadyMade(tx, input), created: false };

  const net = netByAccount(input.postings);
  const accounts = await ensureAccounts(
    tx,
    net.map(([code]) => code),
    input.accountTypes,
  );
  const account = (code: string) => accounts.get(code) as LedgerAccountRef;
  await tx.ledgerEntry.createMany({
    data: input.postings.map((line) => ({
      ledgerTransactionId: id,
      accountId: account(line.accountCode).id,
      debit: line.debit ?? 0,
      credit: line.credit ?? 0,
    })),
  });
  const guarded = new Set(input.forbidNegative ?? []);
  for (const [code, change] of net) {
    await moveBalance(tx, account(code), change, guarded.has(code));
  }
  return { id, created: true };
}

async function moveBalance(
  tx: DbTransaction,
  account: LedgerAccountRef,
  change: number,
  guarded: boolean,
): Promise<void> {
  if (change === 0) return;
  const side = normalBalanceSide(account.type);
  const reducesHolding = side === 'DEBIT' ? change < 0 : change > 0;
  if (!guarded || !reducesHolding) {
    await tx.ledgerAccount.update({
      where: { id: account.id },
      data: { balance: { increment: change } },
    });
    return;
  }
  // Check and change in one statement: two concurrent debits cannot both pass the check
  // (PostgreSQL re-evaluates the condition on the row once it holds its lock).
  const covers = side === 'DEBIT' ? { gte: -change } : { lte: -change };
  const { count } = await tx.ledgerAccount.updateMany({
    where: { id: account.id, balance: covers },
    data: { balance: { increment: change } },
  });
  if (count === 0) throw new InsufficientBalanceError(account.code, Math.abs(change));
}

async function samePostingAlreadyMade(
  tx: DbTransaction,
  input: PostLedgerTransactionInput,
): Promise<string> {
  const existing = await tx.ledgerTransaction.findUniqueOrThrow({
    where: { idempotencyKey: input.idempotencyKey },
    select: {
      id: true,
      kind: true,
      transactionId: true,
      entries: { select: { debit: true, credit: true, account: { select: { code: true } } } },
    },
  });
  const lines: Posting[] = existing.entries.map(({ account, debit, credit }) =>
    debit > 0 ? { accountCode: account.code, debit } : { accountCode: account.code, credit },
  );
  const same =
    existing.kind === input.kind &&
    existing.transactionId === (input.transactionId ?? null) &&
    samePostings(lines, input.postings);
  if (!same) throw new IdempotencyConflictError(input.idempotencyKey);
  return existing.id;
}
