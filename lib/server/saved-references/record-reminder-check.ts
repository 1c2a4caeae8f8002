import 'server-only';
import { db } from '@/lib/db';
import { formatBillPeriod } from '@/lib/domain/bill';
import type { ReminderPlan } from '@/lib/domain/bill-reminders';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { maskCustomerNo } from '@/lib/domain/receipt';
import { env } from '@/lib/env';
import { notify } from '../notifications/notify';
import { enqueueEmail } from '../outbox/enqueue';
import type { BillFound } from './ask-saved-bill';

export type ReminderTarget = {
  id: string;
  label: string;
  customerNo: string;
  biller: { nameId: string; nameEn: string };
  user: { id: string; email: string; name: string; locale: string };
};

const SAVED_PATH = '/home/saved';

/**
 * Records one check in one DB transaction: the schedule and periods seen, and when there is a
 * new bill, its notice and e-mail. Only while this worker's claim (`claimedUntil`) still holds
 * and reminders are still on: a customer who turned them off mid-check hears nothing. Keyed
 * per saved bill and period, so the same bill is never announced twice.
 */
export async function recordReminderCheck(input: {
  target: ReminderTarget;
  claimedUntil: Date;
  plan: ReminderPlan;
  bill?: BillFound;
}): Promise<'reminded' | 'recorded' | 'lost'> {
  const { target, plan, bill } = input;
  return db.$transaction(async (tx) => {
    const { count } = await tx.savedReference.updateMany({
      where: { id: target.id, remindersEnabled: true, nextReminderCheckAt: input.claimedUntil },
      data: {
        nextReminderCheckAt: plan.nextCheckAt,
        ...(plan.lastSeenPeriod ? { lastSeenPeriod: plan.lastSeenPeriod } : {}),
        ...(plan.lastRemindedPeriod ? { lastRemindedPeriod: plan.lastRemindedPeriod } : {}),
      },
    });
    if (count === 0) return 'lost';
    if (!plan.remind || !bill) return 'recorded';
    const { user, biller } = target;
    const locale = toLocale(user.locale);
    const dedupeKey = `bill-reminder:${target.id}:${bill.period}`;
    await notify(tx, {
      userId: user.id,
      kind: 'BILL_AVAILABLE',
      params: {
        billerNameId: biller.nameId,
        billerNameEn: biller.nameEn,
        periodId: formatBillPeriod(bill.period, 'id'),
        periodEn: formatBillPeriod(bill.period, 'en'),
        label: target.label,
        amount: formatRupiah(bill.amount),
      },
      href: SAVED_PATH,
      dedupeKey,
    });
    await enqueueEmail(tx, {
      dedupeKey,
      template: 'bill-reminder',
      recipient: user.email,
      locale,
      payload: {
        name: user.name,
        label: target.label,
        biller: locale === 'id' ? biller.nameId : biller.nameEn,
        customerNo: maskCustomerNo(target.customerNo),
        period: bill.period,
        amount: bill.amount,
        dueDate: bill.dueDate,
        url: new URL(SAVED_PATH, env.APP_URL).toString(),
      },
    });
    return 'reminded';
  });
}
