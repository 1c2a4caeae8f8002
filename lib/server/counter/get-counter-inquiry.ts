import 'server-only';
import { db } from '@/lib/db';
import { counterAmounts } from '@/lib/domain/deposit';
import { toLocale, type Locale } from '@/lib/domain/locale';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import {
  inquiryBillInclude,
  inquiryBillView,
  type InquiryBillView,
} from '../inquiries/inquiry-view';
import { requireOutletMember } from '../outlets/outlet-membership';

export type CounterInquiryView = InquiryBillView & {
  /** Biaya loket: the outlet's markup within the biller's maximum, kept in the drawer. */
  outletMarkup: number;
  /** What the outlet earns on this sale if the biller pays it. */
  commission: number;
  /** What to ask from the customer. Prepaid: 0 until a product is chosen. */
  totalToCollect: number;
  /** What the sale takes from the deposit: the total without the biaya loket. */
  depositCharge: number;
};

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
    include: inquiryBillInclude,
  });
  if (!row) throw new AppError('NOT_FOUND', 'inquiryNotFound');
  const priced = row.biller.kind !== 'PREPAID' || row.productId !== null;
  const amounts = counterAmounts({ totalAmount: row.totalAmount, outletMarkup: row.outletMarkup });
  return {
    ...inquiryBillView(row, input),
    outletMarkup: row.outletMarkup,
    commission: row.commission,
    totalToCollect: priced ? amounts.totalToCollect : 0,
    depositCharge: priced ? amounts.depositCharge : 0,
  };
}
