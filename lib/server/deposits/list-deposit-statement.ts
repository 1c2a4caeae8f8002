import 'server-only';
import { db } from '@/lib/db';
import {
  STATEMENT_PAGE_SIZE,
  statementKind,
  type Statement,
  type StatementFilters,
  type StatementLine,
} from '@/lib/domain/deposit';
import { adjustmentIdOfLedgerKey } from '@/lib/domain/deposit-adjustment';
import { wibDateRange } from '@/lib/domain/history';
import { toLocale, type Locale } from '@/lib/domain/locale';
import { depositAccountCode, normalBalance } from '@/lib/domain/ledger';
import type { Actor } from '../actor';
import { requireOutletMember } from '../outlets/outlet-membership';
import { topUpIdOfCreditKey } from './credit-top-up';

export type { Statement, StatementLine };

/**
 * Every movement of the outlet's deposit account, newest first, read from the ledger: top-ups,
 * sales held, holds released, commissions, adjustments. The running balance is what the
 * account held after each movement, whatever the date filter; a page works it out from the
 * account's balance and the movements after the page. For the owner: the cashiers see the
 * balance, not the outlet's books.
 */
export async function listDepositStatement(input: {
  actor: Actor | null;
  filters: StatementFilters;
  locale?: Locale;
}): Promise<Statement> {
  const member = await requireOutletMember(input.actor, ['OWNER']);
  const locale = input.locale ?? toLocale(member.actor.locale);
  return readDepositStatement(member.outletId, input.filters, locale);
}

/** An outlet's statement, for a caller that has already checked who may read it. */
export async function readDepositStatement(
  outletId: string,
  filters: StatementFilters,
  locale: Locale,
): Promise<Statement> {
  const account = await db.ledgerAccount.findUnique({
    where: { code: depositAccountCode(outletId) },
    select: { id: true, balance: true },
  });
  if (!account) return { lines: [], page: 1, pageCount: 1 };
  const range = wibDateRange(filters);
  const where = {
    accountId: account.id,
    ...(range.gte || range.lt ? { createdAt: range } : {}),
  };
  const total = await db.ledgerEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / STATEMENT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const entries = await db.ledgerEntry.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * STATEMENT_PAGE_SIZE,
    take: STATEMENT_PAGE_SIZE,
    select: {
      id: true,
      debit: true,
      credit: true,
      createdAt: true,
      ledgerTransaction: { select: { kind: true, transactionId: true, idempotencyKey: true } },
    },
  });
  const first = entries[0];
  if (!first) return { lines: [], page, pageCount };

  const later = await db.ledgerEntry.aggregate({
    where: {
      accountId: account.id,
      OR: [
        { createdAt: { gt: first.createdAt } },
        { createdAt: first.createdAt, id: { gt: first.id } },
      ],
    },
    _sum: { debit: true, credit: true },
  });
  const owedNow = normalBalance('LIABILITY', account.balance);
  let balance = owedNow - ((later._sum.credit ?? 0) - (later._sum.debit ?? 0));

  const saleIds = [...new Set(entries.flatMap((e) => e.ledgerTransaction.transactionId ?? []))];
  const topUpIds = entries.flatMap(
    (e) => topUpIdOfCreditKey(e.ledgerTransaction.idempotencyKey) ?? [],
  );
  const adjustmentIds = entries.flatMap(
    (e) => adjustmentIdOfLedgerKey(e.ledgerTransaction.idempotencyKey) ?? [],
  );
  const [sales, topUps, adjustments] = await Promise.all([
    db.transaction.findMany({
      where: { id: { in: saleIds }, outletId },
      select: { id: true, customerNo: true, biller: { select: { nameId: true, nameEn: true } } },
    }),
    db.depositTopUp.findMany({
      where: { id: { in: topUpIds }, outletId },
      select: { id: true, method: true, channel: true },
    }),
    db.depositAdjustment.findMany({
      where: { id: { in: adjustmentIds }, outletId },
      select: { id: true, reason: true },
    }),
  ]);
  const lines = entries.map((entry): StatementLine => {
    const amount = entry.credit - entry.debit;
    const balanceAfter = balance;
    balance -= amount;
    const sale = sales.find((s) => s.id === entry.ledgerTransaction.transactionId);
    const topUpId = topUpIdOfCreditKey(entry.ledgerTransaction.idempotencyKey);
    const topUp = topUps.find((t) => t.id === topUpId);
    const adjustmentId = adjustmentIdOfLedgerKey(entry.ledgerTransaction.idempotencyKey);
    const adjustment = adjustments.find((a) => a.id === adjustmentId);
    return {
      id: entry.id,
      at: entry.createdAt,
      kind: statementKind(entry.ledgerTransaction.kind),
      amount,
      balanceAfter,
      sale: sale
        ? {
            transactionId: sale.id,
            billerName: locale === 'id' ? sale.biller.nameId : sale.biller.nameEn,
            customerNo: sale.customerNo,
          }
        : null,
      topUp: topUp
        ? { method: topUp.method === 'VA' ? 'VA' : 'MANUAL', channel: topUp.channel }
        : null,
      adjustment: adjustment ? { reason: adjustment.reason } : null,
    };
  });
  return { lines, page, pageCount };
}
