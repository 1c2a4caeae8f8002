import 'server-only';
import { db } from '@/lib/db';
import { AUDIT_PAGE_SIZE, type AuditFilters } from '@/lib/domain/audit-filters';
import { wibDateRange } from '@/lib/domain/history';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertRole, type Actor } from '../../actor';
import { auditEntrySelect, toAuditEntryView, type AuditEntryView } from './audit-entry-view';

export type AuditPage = {
  rows: AuditEntryView[];
  /** The cursors of the next older and newer pages, null where there is none. */
  older: string | null;
  newer: string | null;
};

function filterWhere(filters: AuditFilters): Prisma.AuditEntryWhereInput[] {
  const created = wibDateRange(filters);
  const where: Prisma.AuditEntryWhereInput[] = [];
  if (filters.actor) {
    const actor = filters.actor.toLowerCase();
    where.push({
      actor: {
        is: { OR: [{ email: { contains: actor } }, { name: { contains: filters.actor } }] },
      },
    });
  }
  if (filters.action) where.push({ action: { startsWith: filters.action } });
  if (filters.targetType) where.push({ targetType: filters.targetType });
  if (filters.targetId) where.push({ targetId: filters.targetId });
  if (filters.q) where.push({ targetId: { contains: filters.q } });
  if (created.gte || created.lt) where.push({ createdAt: created });
  return where;
}

/** Entries strictly older (or newer) than the anchor in the log's order: time, then id. */
function beyond(anchor: { createdAt: Date; id: string }, direction: 'older' | 'newer') {
  const op = direction === 'older' ? 'lt' : 'gt';
  return {
    OR: [
      { createdAt: { [op]: anchor.createdAt } },
      { createdAt: anchor.createdAt, id: { [op]: anchor.id } },
    ],
  } satisfies Prisma.AuditEntryWhereInput;
}

/**
 * The audit log, newest first, a page at a time. Pages are keyset cursors (the entry a page
 * starts after or ends before) walking the createdAt index, so a long log pages as fast at the
 * end as at the start. Read-only: nothing changes an audit entry once written.
 */
export async function listAuditEntries(input: {
  actor: Actor | null;
  filters: AuditFilters;
}): Promise<AuditPage> {
  assertRole(input.actor, ['ADMIN']);
  const { filters } = input;
  const cursorId = filters.after ?? filters.before;
  const anchor = cursorId
    ? await db.auditEntry.findUnique({
        where: { id: cursorId },
        select: { id: true, createdAt: true },
      })
    : null;
  const direction = anchor && !filters.after ? 'newer' : 'older';
  const where: Prisma.AuditEntryWhereInput = {
    AND: [...filterWhere(filters), ...(anchor ? [beyond(anchor, direction)] : [])],
  };
  const order = direction === 'older' ? 'desc' : 'asc';
  const found = await db.auditEntry.findMany({
    where,
    orderBy: [{ createdAt: order }, { id: order }],
    take: AUDIT_PAGE_SIZE + 1,
    select: auditEntrySelect,
  });
  const more = found.length > AUDIT_PAGE_SIZE;
  const page = found.slice(0, AUDIT_PAGE_SIZE);
  if (direction === 'newer') page.reverse();
  const rows = page.map(toAuditEntryView);
  const first = rows[0]?.id ?? null;
  const last = rows.at(-1)?.id ?? null;
  return direction === 'older'
    ? { rows, older: more ? last : null, newer: anchor ? first : null }
    : { rows, older: last, newer: more ? first : null };
}

/** The latest changes to one biller and its products, for its edit page. */
export async function listBillerChanges(input: {
  actor: Actor | null;
  billerId: string;
  productIds: string[];
  take?: number;
}): Promise<AuditEntryView[]> {
  assertRole(input.actor, ['ADMIN']);
  const rows = await db.auditEntry.findMany({
    where: {
      OR: [
        { targetType: 'Biller', targetId: input.billerId },
        ...(input.productIds.length > 0
          ? [{ targetType: 'Product', targetId: { in: input.productIds } }]
          : []),
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.take ?? 10,
    select: auditEntrySelect,
  });
  return rows.map(toAuditEntryView);
}
