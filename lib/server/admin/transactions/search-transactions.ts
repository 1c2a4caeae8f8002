import 'server-only';
import { db } from '@/lib/db';
import {
  ADMIN_TRANSACTIONS_PAGE_SIZE,
  UNFILTERED_STATUSES,
  type AdminTransactionFilters,
} from '@/lib/domain/admin-transactions';
import { categorySlug, type BillCategoryKey } from '@/lib/domain/categories';
import { amountCharged, referenceSearch, wibDateRange } from '@/lib/domain/history';
import type { Locale } from '@/lib/domain/locale';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertRole, type Actor } from '../../actor';

export type AdminTransactionRow = {
  id: string;
  status: TransactionStatus;
  createdAt: Date;
  billerName: string;
  category: BillCategoryKey;
  customerNo: string;
  customerName: string;
  amount: number;
  customer: { name: string; email: string };
  outletName: string | null;
};

export type AdminTransactionPage = {
  rows: AdminTransactionRow[];
  page: number;
  hasNext: boolean;
};

/**
 * Every condition is an exact match on an indexed column or a narrowing join, so a search does
 * not scan the table: the id, the customer number, the biller's reference, the receipt number
 * and the gateway's charge id are looked up exactly (not as fragments); a customer by e-mail is
 * the unique e-mail, by name a match on the users table first.
 */
export function adminTransactionsWhere(
  filters: AdminTransactionFilters,
  now: Date,
): Prisma.TransactionWhereInput {
  const conditions: Prisma.TransactionWhereInput[] = [];
  conditions.push(
    filters.status ? { status: filters.status } : { status: { in: [...UNFILTERED_STATUSES] } },
  );
  if (filters.id) conditions.push({ id: filters.id });
  if (filters.reference) {
    const search = referenceSearch(filters.reference);
    conditions.push({
      OR: [
        { customerNo: { in: search.fragments } },
        { billerRef: { in: search.fragments } },
        { receipt: { is: { number: search.receiptNumber } } },
        { charges: { some: { gatewayChargeId: filters.reference } } },
      ],
    });
  }
  if (filters.customer) {
    const customer = filters.customer;
    conditions.push(
      customer.includes('@')
        ? { user: { is: { email: customer.toLowerCase() } } }
        : { user: { is: { name: { contains: customer } } } },
    );
  }
  if (filters.outlet) {
    conditions.push({
      outlet: { is: { OR: [{ id: filters.outlet }, { name: { contains: filters.outlet } }] } },
    });
  }
  if (filters.channel) {
    conditions.push({ outletId: filters.channel === 'online' ? null : { not: null } });
  }
  const range = wibDateRange(filters);
  if (range.gte || range.lt) conditions.push({ createdAt: range });
  if (filters.minAge) {
    conditions.push({ paidAt: { lte: new Date(now.getTime() - filters.minAge * 60_000) } });
  }
  return { AND: conditions };
}

/**
 * One page of all transactions, newest first, for the back office. Pages are numbered but not
 * counted: counting every matching transaction would read the whole table on each visit, so the
 * page asks for one row more than it shows to know whether there is a next one.
 */
export async function searchTransactions(input: {
  actor: Actor | null;
  filters: AdminTransactionFilters;
  locale: Locale;
  now?: Date;
}): Promise<AdminTransactionPage> {
  assertRole(input.actor, ['ADMIN']);
  const { filters } = input;
  const rows = await db.transaction.findMany({
    where: adminTransactionsWhere(filters, input.now ?? new Date()),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (filters.page - 1) * ADMIN_TRANSACTIONS_PAGE_SIZE,
    take: ADMIN_TRANSACTIONS_PAGE_SIZE + 1,
    select: {
      id: true,
      status: true,
      createdAt: true,
      customerNo: true,
      customerName: true,
      totalAmount: true,
      methodFee: true,
      biller: { select: { nameId: true, nameEn: true, category: true } },
      user: { select: { name: true, email: true } },
      outlet: { select: { name: true } },
    },
  });
  return {
    rows: rows.slice(0, ADMIN_TRANSACTIONS_PAGE_SIZE).map((row) => ({
      id: row.id,
      status: row.status,
      createdAt: row.createdAt,
      billerName: input.locale === 'id' ? row.biller.nameId : row.biller.nameEn,
      category: categorySlug(row.biller.category),
      customerNo: row.customerNo,
      customerName: row.customerName,
      amount: amountCharged(row),
      customer: row.user,
      outletName: row.outlet?.name ?? null,
    })),
    page: filters.page,
    hasNext: rows.length > ADMIN_TRANSACTIONS_PAGE_SIZE,
  };
}
