import 'server-only';
import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/domain/locale';
import type { OperatorCode } from '@/lib/domain/references/operators';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import type { BillPeriod } from '@/lib/integrations/biller-switch/types';
import type { ProductOption } from '../catalogue/get-biller';

/** What a customer's inquiry and a counter inquiry both show of the bill. */
export type InquiryBillView = {
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
  /** Prepaid: what may be chosen (for mobile numbers, the operator's products only). */
  productOptions: ProductOption[];
  billAmount: number;
  penalty: number;
  adminFee: number;
};

export const inquiryDataSchema = z.object({
  details: z.record(z.string(), z.union([z.string(), z.number()])),
  periods: z.array(z.object({ period: z.string(), amount: z.number(), penalty: z.number() })),
  operator: z.string().nullable().optional(),
});

/** What to load with the transaction for `inquiryBillView`. */
export const inquiryBillInclude = {
  biller: { include: { products: { where: { active: true }, orderBy: { sortOrder: 'asc' } } } },
  product: true,
} as const;

type InquiryRow = Prisma.TransactionGetPayload<{ include: typeof inquiryBillInclude }>;

/** The bill of an inquiry in the reader's language; expired once `now` passes its deadline. */
export function inquiryBillView(
  row: InquiryRow,
  input: { locale: Locale; now: Date },
): InquiryBillView {
  const data = inquiryDataSchema.parse(JSON.parse(row.inquiryData));
  const localized = (named: { nameId: string; nameEn: string }) =>
    input.locale === 'id' ? named.nameId : named.nameEn;
  const option = (product: InquiryRow['biller']['products'][number]): ProductOption => ({
    code: product.code,
    name: localized(product),
    operator: (product.operator as OperatorCode | null) ?? null,
    price: product.price,
  });
  const operator = (data.operator as OperatorCode | null | undefined) ?? null;
  return {
    id: row.id,
    status: row.status,
    expired: row.status === 'EXPIRED' || (row.status === 'INQUIRED' && row.expiresAt <= input.now),
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
  };
}
