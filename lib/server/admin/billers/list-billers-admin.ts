import 'server-only';
import { db } from '@/lib/db';
import type { BillerStatus } from '@/lib/domain/biller-config';
import type { BillerCategoryCode } from '@/lib/domain/categories';
import { assertRole, type Actor } from '../../actor';

export const BILLERS_PAGE_SIZE = 20;

export type BillerAdminRow = {
  id: string;
  code: string;
  nameId: string;
  nameEn: string;
  category: BillerCategoryCode;
  kind: 'PREPAID' | 'POSTPAID';
  status: BillerStatus;
  adminFee: number;
  agentCommission: number;
  maxOutletMarkup: number;
  productCount: number;
  updatedAt: Date;
};

/** Every biller, whatever its status, in the order customers see them; by name or code. */
export async function listBillersAdmin(input: {
  actor: Actor | null;
  search?: string;
  category?: BillerCategoryCode;
  status?: BillerStatus;
  page: number;
}): Promise<{ rows: BillerAdminRow[]; total: number; page: number; pageCount: number }> {
  assertRole(input.actor, ['ADMIN']);
  const search = input.search?.trim();
  const where = {
    ...(input.category ? { category: input.category } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(search
      ? {
          OR: [
            { code: { contains: search.toUpperCase() } },
            { nameId: { contains: search } },
            { nameEn: { contains: search } },
          ],
        }
      : {}),
  };
  const page = Math.max(1, input.page);
  const [billers, total] = await Promise.all([
    db.biller.findMany({
      where,
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      skip: (page - 1) * BILLERS_PAGE_SIZE,
      take: BILLERS_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        nameId: true,
        nameEn: true,
        category: true,
        kind: true,
        status: true,
        adminFee: true,
        agentCommission: true,
        maxOutletMarkup: true,
        updatedAt: true,
        _count: { select: { products: true } },
      },
    }),
    db.biller.count({ where }),
  ]);
  return {
    rows: billers.map(({ _count, ...biller }) => ({ ...biller, productCount: _count.products })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / BILLERS_PAGE_SIZE)),
  };
}
