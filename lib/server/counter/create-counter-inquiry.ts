import 'server-only';
import { db } from '@/lib/db';
import { outletMarkupFor } from '@/lib/domain/deposit';
import { toLocale, type Locale } from '@/lib/domain/locale';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import type { Actor } from '../actor';
import { AppError, isAppError } from '../errors';
import { askBiller, saveInquiry } from '../inquiries/ask-biller';
import { chooseProduct } from '../inquiries/select-product';
import { requireOutletMember } from '../outlets/outlet-membership';
import { loadCounterInquiry, type CounterInquiryView } from './get-counter-inquiry';

// A busy counter checks a bill every few seconds; the limit only stops a runaway script.
const COUNTER_INQUIRY_LIMIT = { limit: 600, windowSeconds: 10 * 60 };

/**
 * A cashier (or the owner) checks a bill for a walk-in customer. The biller is asked exactly as
 * for a customer's own check; the transaction belongs to the outlet and the cashier, with the
 * biaya loket and the commission frozen as quoted, so what the screen shows is what is charged.
 * A prepaid product may be chosen at once.
 */
export async function createCounterInquiry(input: {
  actor: Actor | null;
  billerCode: string;
  customerNo: string;
  productCode?: string;
  locale?: Locale;
  now?: Date;
  billerSwitch?: BillerSwitch;
}): Promise<CounterInquiryView> {
  const member = await requireOutletMember(input.actor, ['OWNER', 'CASHIER']);
  const now = input.now ?? new Date();
  const locale = input.locale ?? toLocale(member.actor.locale);
  const answer = await askBiller({
    billerCode: input.billerCode,
    customerNo: input.customerNo,
    locale,
    now,
    rateLimit: { key: `inquiry:counter:${member.actor.id}`, ...COUNTER_INQUIRY_LIMIT },
    billerSwitch: input.billerSwitch,
  });
  const terms = await db.biller.findUniqueOrThrow({
    where: { id: answer.biller.id },
    select: { agentCommission: true, maxOutletMarkup: true },
  });
  const { id } = await saveInquiry({
    answer,
    userId: member.actor.id,
    now,
    counter: {
      outletId: member.outletId,
      outletMarkup: outletMarkupFor(member.outlet.markup, terms.maxOutletMarkup),
      commission: terms.agentCommission,
    },
  });
  if (input.productCode !== undefined) {
    try {
      await chooseProduct({
        transactionId: id,
        owner: { outletId: member.outletId },
        productCode: input.productCode,
        now,
      });
    } catch (error) {
      if (isAppError(error) && error.messageKey === 'productNotAvailable') {
        throw new AppError('VALIDATION', 'validationFailed', {
          fieldErrors: { productCode: [{ key: 'errors.productNotAvailable' }] },
        });
      }
      throw error;
    }
  }
  return loadCounterInquiry({ transactionId: id, outletId: member.outletId, locale, now });
}
