import 'server-only';
import { db } from '@/lib/db';
import { counterAmounts } from '@/lib/domain/deposit';
import { toLocale, type Locale } from '@/lib/domain/locale';
import type { OperatorCode } from '@/lib/domain/references/operators';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import type { BillPeriod } from '@/lib/integrations/biller-switch/types';
import type { Actor } from '../actor';
import type { ProductOption } from '../catalogue/get-biller';
import { AppError } from '../errors';
import { inquiryDataSchema } from '../inquiries/get-inquiry';
import { requireOutletMember } from '../outlets/outlet-membership';

export type CounterInquiryView = {
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
  /** Prepaid: the denominations on sale (for mobile numbers, the operator's only). */
  productOptions: ProductOption[];
  product: ProductOption | null;
  billAmount: number;
  penalty: number;
  adminFee: number;
  /** Biaya loket: the outlet's markup within the biller's maximum, kept in the drawer. */
  outletMarkup: number;
  /** What the outlet earns on this sale if the biller pays it. */
  commission: number;
  /** What to ask from the customer. Prepaid: 0 until a product is chosen. */
  totalToCollect: number;
  /** What the sale takes from the deposit: the total without the biaya loket. */
  depositCharge: number;
};

const include = {
  biller: { include: { products: { where: { active: true }, orderBy: { sortOrder: 'asc' } } } },
  product: true,
} as const;

/**
 * A counter inquiry of the actor's outlet, as the counter screen shows it. Another outlet's
 * transaction, or a customer's, answers "not found" exactly like a missing one.
 */
export async function getCounterInquiry(input: {
  actor: Actor | null;
  transactionId: string;
  locale?: Locale;
  now?: Date;
}): Promise<CounterInquiryView> {
  const member = await requireOutletMember(input.actor);
  return loadCounterInquiry({
    transactionId: input.transactionId,
    outletId: member.outletId,
    locale: input.locale ?? toLocale(member.actor.locale),
    now: input.now ?? new Date(),
  });
}

/** The view of one of `outletId`'s inquiries; the caller has checked the membership. */
export async function loadCounterInquiry(input: {
  transactionId: string;
  outletId: string;
  locale: Locale;
  now: Date;
}): Promise<CounterInquiryView> {
  const row = await db.transaction.findFirst({
    where: { id: input.transactionId, outletId: input.outletId },
    include,
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
  const prepaid = row.biller.kind === 'PREPAID';
  const priced = !prepaid || row.productId !== null;
  const amounts = counterAmounts({ totalAmount: row.totalAmount, outletMarkup: row.outletMarkup });
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
    productOptions: prepaid
      ? row.biller.products.filter((p) => !operator || p.operator === operator).map(option)
      : [],
    product: row.product ? option(row.product) : null,
    billAmount: row.billAmount,
    penalty: row.penalty,
    adminFee: row.adminFee,
    outletMarkup: row.outletMarkup,
    commission: row.commission,
    totalToCollect: priced ? amounts.totalToCollect : 0,
    depositCharge: priced ? amounts.depositCharge : 0,
  };
}
