import 'server-only';
import { toLocale, type Locale } from '@/lib/domain/locale';
import type { Actor } from '../actor';
import { chooseProduct } from '../inquiries/select-product';
import { requireOutletMember } from '../outlets/outlet-membership';
import { loadCounterInquiry, type CounterInquiryView } from './get-counter-inquiry';

/**
 * Picks the denomination of a counter inquiry (PLN token value, mobile credit): the price comes
 * from the catalogue, and only while the inquiry is open. Any of the outlet's inquiries.
 */
export async function selectCounterProduct(input: {
  actor: Actor | null;
  transactionId: string;
  productCode: string;
  locale?: Locale;
  now?: Date;
}): Promise<CounterInquiryView> {
  const member = await requireOutletMember(input.actor, ['OWNER', 'CASHIER']);
  const now = input.now ?? new Date();
  await chooseProduct({
    transactionId: input.transactionId,
    owner: { outletId: member.outletId },
    productCode: input.productCode,
    now,
  });
  return loadCounterInquiry({
    transactionId: input.transactionId,
    outletId: member.outletId,
    locale: input.locale ?? toLocale(member.actor.locale),
    now,
  });
}
