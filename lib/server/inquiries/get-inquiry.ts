import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import {
  missingVerification,
  type MissingVerification,
} from '@/lib/domain/identity/verification-steps';
import type { Locale } from '@/lib/domain/locale';
import type { OperatorCode } from '@/lib/domain/references/operators';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import type { BillPeriod } from '@/lib/integrations/biller-switch/types';
import { assertRole, type Actor } from '../actor';
import type { ProductOption } from '../catalogue/get-biller';
import { AppError } from '../errors';

export type InquiryView = {
  id: string;
  status: TransactionStatus;
  expired: boolean;
  expiresAt: Date;
  biller: { code: string; name: string; kind: 'PREPAID' | 'POSTPAID'; category: string };
  customerNo: string;
  customerName: string;
  operator: OperatorCode | null;
  details: Record<string, string | number>;
  periods: BillPeriod[];
  product: ProductOption | null;
  /** Prepaid: what the customer may choose (for mobile numbers, the operator's products only). */
  productOptions: ProductOption[];
  billAmount: number;
  penalty: number;
  adminFee: number;
  totalAmount: number;
  /** What stands between this customer and paying, in the order to fix it. */
  missingVerification: MissingVerification[];
  saved: boolean;
};

export const inquiryDataSchema = z.object({
  details: z.record(z.string(), z.union([z.string(), z.number()])),
  periods: z.array(z.object({ period: z.string(), amount: z.number(), penalty: z.number() })),
  operator: z.string().nullable().optional(),
});

/** One inquiry, for its owner only: anyone else is told it does not exist. */
export async function getInquiry(input: {
  actor: Actor | null;
  id: string;
  locale: Locale;
  now?: Date;
}): Promise<InquiryView> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const row = await db.transaction.findFirst({
    where: { id: input.id, userId: actor.id },
    include: {
      biller: { include: { products: { where: { active: true }, orderBy: { sortOrder: 'asc' } } } },
      product: true,
      user: { select: { emailVerifiedAt: true, identityVerifiedAt: true, identityStatus: true } },
    },
  });
  if (!row) throw new AppError('NOT_FOUND', 'inquiryNotFound');
  const data = inquiryDataSchema.parse(JSON.parse(row.inquiryData));
  const localized = (named: { nameId: string; nameEn: string }) =>
    input.locale === 'id' ? named.nameId : named.nameEn;
  const option = (product: (typeof row.biller.products)[number]): ProductOption => ({
    code: product.code,
    name: localized(product),
    operator: (product.operator as OperatorCode | null) ?? null,
    price: product.price,
  });
  const operator = (data.operator as OperatorCode | null | undefined) ?? null;
  const saved = await db.savedReference.count({
    where: { userId: actor.id, billerId: row.billerId, customerNo: row.customerNo },
  });
  return {
    id: row.id,
    status: row.status,
    expired:
      row.status === 'EXPIRED' ||
      (row.status === 'INQUIRED' && row.expiresAt <= (input.now ?? new Date())),
    expiresAt: row.expiresAt,
    biller: {
      code: row.biller.code,
      name: localized(row.biller),
      kind: row.biller.kind,
      category: row.biller.category.toLowerCase(),
    },
    customerNo: row.customerNo,
    customerName: row.customerName,
    operator,
    details: data.details,
    periods: data.periods,
    product: row.product ? option(row.product) : null,
    productOptions:
      row.biller.kind === 'PREPAID'
        ? row.biller.products.filter((p) => !operator || p.operator === operator).map(option)
        : [],
    billAmount: row.billAmount,
    penalty: row.penalty,
    adminFee: row.adminFee,
    totalAmount: row.totalAmount,
    missingVerification: missingVerification({
      emailVerified: row.user.emailVerifiedAt !== null,
      identityVerified: row.user.identityVerifiedAt !== null,
      identityStatus: row.user.identityStatus,
    }),
    saved: saved > 0,
  };
}
