import 'server-only';
import { createTranslator } from 'use-intl/core';
import { db } from '@/lib/db';
import { categorySlug } from '@/lib/domain/categories';
import { CSV_BOM } from '@/lib/domain/csv';
import { WIB_TIME_ZONE } from '@/lib/domain/datetime';
import {
  historyCsvFilename,
  historyCsvHeader,
  historyCsvLine,
  type HistoryCsvTexts,
  type HistoryFilters,
} from '@/lib/domain/history';
import type { Locale } from '@/lib/domain/locale';
import type { Prisma } from '@/lib/generated/prisma/client';
import enCategories from '@/messages/en/categories.json';
import enCheckout from '@/messages/en/checkout.json';
import enHistory from '@/messages/en/history.json';
import idCategories from '@/messages/id/categories.json';
import idCheckout from '@/messages/id/checkout.json';
import idHistory from '@/messages/id/history.json';
import { assertRole, type Actor } from '../actor';
import { HISTORY_ORDER, historyWhere } from './history-where';

/** Rows read per query: the export streams, so a long history never sits in memory at once. */
export const EXPORT_BATCH_SIZE = 500;

const catalogues = {
  id: { history: idHistory, categories: idCategories, checkout: idCheckout },
  en: { history: enHistory, categories: enCategories, checkout: enCheckout },
} satisfies Record<Locale, unknown>;

function csvTexts(locale: Locale): HistoryCsvTexts {
  const t = createTranslator({
    locale,
    messages: catalogues[locale],
    timeZone: WIB_TIME_ZONE,
    onError(error) {
      throw error;
    },
  });
  return {
    column: (column) => t(`history.csv.${column}`),
    status: (key) => t(`history.status.${key}`),
    category: (category) => t(`categories.${category}`),
  };
}

const channelLabel = (locale: Locale, channel: string) =>
  (catalogues[locale].checkout.channel as Record<string, string>)[channel] ?? channel;

/**
 * The signed-in customer's history matching the filters (every page of it) as CSV, newest first.
 * The role is checked before anything is read; the rows come in batches along a keyset cursor
 * (createdAt, id), so each query is an index range and the response streams.
 */
export async function exportHistory(input: {
  actor: Actor | null;
  filters: HistoryFilters;
  locale: Locale;
  now?: Date;
}): Promise<{ filename: string; chunks: AsyncGenerator<string> }> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const where = historyWhere(actor.id, input.filters);
  const texts = csvTexts(input.locale);
  return {
    filename: historyCsvFilename(input.now ?? new Date()),
    chunks: csvChunks(where, texts, input.locale),
  };
}

type Cursor = { createdAt: Date; id: string };

const EXPORT_SELECT = {
  id: true,
  createdAt: true,
  status: true,
  customerNo: true,
  customerName: true,
  billAmount: true,
  penalty: true,
  adminFee: true,
  methodFee: true,
  totalAmount: true,
  billerRef: true,
  biller: { select: { nameId: true, nameEn: true, category: true } },
  product: { select: { nameId: true, nameEn: true } },
  receipt: { select: { number: true } },
  // Only a charge that took money says how the customer paid.
  charges: {
    where: { status: { in: ['PAID', 'REFUNDED'] } },
    select: { channel: true },
    orderBy: { createdAt: 'asc' },
    take: 1,
  },
} satisfies Prisma.TransactionSelect;

/** The next rows after the cursor, in the history's order. */
function readBatch(where: Prisma.TransactionWhereInput, after: Cursor | null) {
  const rest: Prisma.TransactionWhereInput = after
    ? {
        AND: [
          where,
          {
            OR: [
              { createdAt: { lt: after.createdAt } },
              { createdAt: after.createdAt, id: { lt: after.id } },
            ],
          },
        ],
      }
    : where;
  return db.transaction.findMany({
    where: rest,
    orderBy: HISTORY_ORDER,
    take: EXPORT_BATCH_SIZE,
    select: EXPORT_SELECT,
  });
}

async function* csvChunks(
  where: Prisma.TransactionWhereInput,
  texts: HistoryCsvTexts,
  locale: Locale,
): AsyncGenerator<string> {
  const name = (row: { nameId: string; nameEn: string }) =>
    locale === 'id' ? row.nameId : row.nameEn;
  yield CSV_BOM + historyCsvHeader(texts);
  let after: Cursor | null = null;
  for (;;) {
    const rows = await readBatch(where, after);
    if (rows.length === 0) return;
    yield rows
      .map((row) =>
        historyCsvLine(
          {
            ...row,
            category: categorySlug(row.biller.category),
            billerName: name(row.biller),
            productName: row.product ? name(row.product) : null,
            paidWith: row.charges[0] ? channelLabel(locale, row.charges[0].channel) : null,
            receiptNumber: row.receipt?.number ?? null,
          },
          texts,
        ),
      )
      .join('');
    if (rows.length < EXPORT_BATCH_SIZE) return;
    const last = rows[rows.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
