import 'server-only';
import { db } from '@/lib/db';
import {
  STATEMENT_PAGE_SIZE,
  statementKind,
  type StatementFilters,
  type StatementKind,
} from '@/lib/domain/deposit';
import { wibDateRange } from '@/lib/domain/history';
import { toLocale, type Locale } from '@/lib/domain/locale';
import { depositAccountCode, normalBalance } from '@/lib/domain/ledger';
import type { Actor } from '../actor';
import { requireOutletMember } from '../outlets/outlet-membership';
import { topUpIdOfCreditKey } from './credit-top-up';

export type StatementLine = {
  id: string;
  at: Date;
  kind: StatementKind;
  /** Into the deposit positive, out of it negative. */
  amount: number;
  /** What the deposit held (available) right after this movement. */
  balanceAfter: number;
  /** Sales, releases and commissions: the sale. */
  sale: { transactionId: string; billerName: string; customerNo: string } | null;
  /** Top-ups: how the money came. */
  topUp: { method: 'VA' | 'MANUAL'; channel: string } | null;
};

export type Statement = { lines: StatementLine[]; page: number; pageCount: number };

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
  const account = await db.ledgerAccount.findUnique({
    where: { code: depositAccountCode(member.outletId) },
    select: { id: true, balance: true },
  });
  if (!account) return { lines: [], page: 1, pageCount: 1 };
  const range = wibDateRange(input.filters);
  const where = {
    accountId: account.id,
    ...(range.gte || range.lt ? { createdAt: range } : {}),
  };
  const total = await db.ledgerEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / STATEMENT_PAGE_SIZE));
  const page = Math.min(input.filters.page, pageCount);
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
  const [sales, topUps] = await Promise.all([
    db.transaction.findMany({
      where: { id: { in: saleIds }, outletId: member.outletId },
      select: { id: true, customerNo: true, biller: { select: { nameId: true, nameEn: true } } },
    }),
    db.depositTopUp.findMany({
      where: { id: { in: topUpIds }, outletId: member.outletId },
      select: { id: true, method: true, channel: true },
    }),
  ]);
  const lines = entries.map((entry): StatementLine => {
    const amount = entry.credit - entry.debit;
    const balanceAfter = balance;
    balance -= amount;
    const sale = sales.find((s) => s.id === entry.ledgerTransaction.transactionId);
    const topUpId = topUpIdOfCreditKey(entry.ledgerTransaction.idempotencyKey);
    const topUp = topUps.find((t) => t.id === topUpId);
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
    };
  });
  return { lines, page, pageCount };
}
