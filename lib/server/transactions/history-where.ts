import 'server-only';
import { categoryCode } from '@/lib/domain/categories';
import {
  referenceSearch,
  statusesOfGroup,
  wibDateRange,
  type HistoryFilters,
} from '@/lib/domain/history';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * The rows of one customer's history that match the filters; the list and the CSV export share
 * it, so they can never disagree. The owner's id is always the first condition.
 */
export function historyWhere(
  userId: string,
  filters: HistoryFilters,
): Prisma.TransactionWhereInput {
  const statuses = statusesOfGroup(filters.status).filter((status) => status !== 'EXPIRED');
  const expiredShown = statusesOfGroup(filters.status).includes('EXPIRED');
  const range = wibDateRange(filters);
  const conditions: Prisma.TransactionWhereInput[] = [
    {
      OR: [
        ...(statuses.length > 0 ? [{ status: { in: [...statuses] } }] : []),
        // An expired checkout is history; an expired bill check that nobody paid is not.
        ...(expiredShown
          ? [
              {
                status: 'EXPIRED' as const,
                events: { some: { toStatus: 'AWAITING_PAYMENT' as const } },
              },
            ]
          : []),
      ],
    },
  ];
  if (filters.category) conditions.push({ biller: { category: categoryCode(filters.category) } });
  if (range.gte || range.lt) conditions.push({ createdAt: range });
  if (filters.q) {
    const search = referenceSearch(filters.q);
    conditions.push({
      OR: [
        ...search.fragments.map((fragment) => ({ customerNo: { contains: fragment } })),
        ...search.fragments.map((fragment) => ({ billerRef: { contains: fragment } })),
        { id: search.transactionId },
        { receipt: { is: { number: search.receiptNumber } } },
      ],
    });
  }
  return { userId, AND: conditions };
}

/** Newest first; the id breaks ties so that pages never overlap or skip a row. */
export const HISTORY_ORDER: Prisma.TransactionOrderByWithRelationInput[] = [
  { createdAt: 'desc' },
  { id: 'desc' },
];
