import 'server-only';
import { db } from '@/lib/db';
import { categorySlug, type BillCategoryKey } from '@/lib/domain/categories';
import type { Locale } from '@/lib/domain/locale';
import type { OperatorCode, OperatorPrefixTable } from '@/lib/domain/references/operators';
import { referenceRuleSchema, type ReferenceRule } from '@/lib/domain/references/rules';
import { AppError } from '../errors';
import { billerAvailability, type BillerAvailability } from './biller-availability';

export type ProductOption = {
  code: string;
  name: string;
  operator: OperatorCode | null;
  price: number;
};

export type BillerDetail = {
  id: string;
  code: string;
  name: string;
  category: BillCategoryKey;
  kind: 'PREPAID' | 'POSTPAID';
  adminFee: number;
  minAmount: number | null;
  maxAmount: number | null;
  inquiryProductCode: string | null;
  rule: ReferenceRule;
  availability: BillerAvailability;
  products: ProductOption[];
  /** Only for billers whose numbers are mobile numbers (operator detection as you type). */
  operatorPrefixes: OperatorPrefixTable;
};

export async function getBiller(input: {
  code: string;
  locale: Locale;
  now?: Date;
}): Promise<BillerDetail> {
  const biller = await db.biller.findUnique({
    where: { code: input.code },
    include: { products: { where: { active: true }, orderBy: { sortOrder: 'asc' } } },
  });
  if (!biller) throw new AppError('NOT_FOUND', 'billerNotFound');
  const rule = referenceRuleSchema.parse(JSON.parse(biller.referenceRule));
  const operatorPrefixes =
    rule.kind === 'mobile'
      ? ((await db.operatorPrefix.findMany({ orderBy: { prefix: 'asc' } })) as {
          prefix: string;
          operator: OperatorCode;
        }[])
      : [];
  const localized = (row: { nameId: string; nameEn: string }) =>
    input.locale === 'id' ? row.nameId : row.nameEn;
  return {
    id: biller.id,
    code: biller.code,
    name: localized(biller),
    category: categorySlug(biller.category),
    kind: biller.kind,
    adminFee: biller.adminFee,
    minAmount: biller.minAmount,
    maxAmount: biller.maxAmount,
    inquiryProductCode: biller.inquiryProductCode,
    rule,
    availability: billerAvailability(biller, input.locale, input.now ?? new Date()),
    products: biller.products.map((product) => ({
      code: product.code,
      name: localized(product),
      operator: (product.operator as OperatorCode | null) ?? null,
      price: product.price,
    })),
    operatorPrefixes,
  };
}
