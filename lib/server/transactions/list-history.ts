import 'server-only';
import { db } from '@/lib/db';
import { categorySlug, type BillCategoryKey } from '@/lib/domain/categories';
import { amountCharged, HISTORY_PAGE_SIZE, type HistoryFilters } from '@/lib/domain/history';
import type { Locale } from '@/lib/domain/locale';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import { assertRole, type Actor } from '../actor';
import { HISTORY_ORDER, historyWhere } from './history-where';

export type HistoryRow = {
  id: string;
  status: TransactionStatus;
  billerName: string;
  category: BillCategoryKey;
  customerNo: string;
  customerName: string;
  amount: number;
  createdAt: Date;
};

export type HistoryPage = { rows: HistoryRow[]; total: number; page: number; pageCount: number };

/**
 * One page of the signed-in customer's own transactions, newest first. Numbered pages with a
 * total: one customer's history is hundreds of rows, not millions, so counting them along the
 * (userId, createdAt) index is cheap, and "page 2 of 5" links work without JavaScript and can be
 * bookmarked. (The CSV export, which reads everything, walks a keyset cursor instead.)
 */
export async function listHistory(input: {
  actor: Actor | null;
  filters: HistoryFilters;
  locale: Locale;
}): Promise<HistoryPage> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const where = historyWhere(actor.id, input.filters);
  const page = input.filters.page;
  const [rows, total] = await Promise.all([
    db.transaction.findMany({
      where,
      orderBy: HISTORY_ORDER,
      skip: (page - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        customerNo: true,
        customerName: true,
        totalAmount: true,
        methodFee: true,
        createdAt: true,
        // Fetched with the page in one batched query, not one per row.
        biller: { select: { nameId: true, nameEn: true, category: true } },
      },
    }),
    db.transaction.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({
      id: row.id,
      status: row.status,
      billerName: input.locale === 'id' ? row.biller.nameId : row.biller.nameEn,
      category: categorySlug(row.biller.category),
      customerNo: row.customerNo,
      customerName: row.customerName,
      amount: amountCharged(row),
      createdAt: row.createdAt,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)),
  };
}
