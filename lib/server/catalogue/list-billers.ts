import 'server-only';
import { db } from '@/lib/db';
import { categoryCode, categorySlug, type BillCategoryKey } from '@/lib/domain/categories';
import type { Locale } from '@/lib/domain/locale';
import { billerAvailability, type BillerAvailability } from './biller-availability';

export type BillerSummary = {
  code: string;
  name: string;
  category: BillCategoryKey;
  kind: 'PREPAID' | 'POSTPAID';
  availability: BillerAvailability;
};

/** The billers a customer can pick from (disabled ones are hidden), by category or by name. */
export async function listBillers(input: {
  category?: BillCategoryKey;
  search?: string;
  locale: Locale;
  now?: Date;
}): Promise<BillerSummary[]> {
  const search = input.search?.trim();
  const rows = await db.biller.findMany({
    where: {
      status: { not: 'DISABLED' },
      ...(input.category ? { category: categoryCode(input.category) } : {}),
      ...(search
        ? { OR: [{ nameId: { contains: search } }, { nameEn: { contains: search } }] }
        : {}),
    },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: {
      code: true,
      nameId: true,
      nameEn: true,
      category: true,
      kind: true,
      status: true,
      maintenanceMessageId: true,
      maintenanceMessageEn: true,
      cutOffWindows: true,
    },
    take: 100,
  });
  const now = input.now ?? new Date();
  return rows.map((row) => ({
    code: row.code,
    name: input.locale === 'id' ? row.nameId : row.nameEn,
    category: categorySlug(row.category),
    kind: row.kind,
    availability: billerAvailability(row, input.locale, now),
  }));
}
