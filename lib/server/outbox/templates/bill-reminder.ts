import { z } from 'zod';
import { formatBillPeriod } from '@/lib/domain/bill';
import { formatDateWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { renderFacts, type Fact } from './facts';
import { renderLayout } from './layout';
import type { EmailTranslator } from './translator';

// A saved bill's new period is out: what, how much, by when, and a way to pay it.

export const billReminderPayload = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** The customer's own name for the saved bill. */
  label: z.string().trim().min(1).max(40),
  biller: z.string().trim().min(1).max(200),
  customerNo: z.string().min(1).max(40),
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** Everything owed (all periods and penalties) before fees, whole rupiah. */
  amount: z.number().int().nonnegative(),
  /** As the biller gives it, YYYY-MM-DD; null when it gives none. */
  dueDate: z.iso.date().nullable(),
  /** Saved bills, where one tap checks this bill again. */
  url: z.url({ protocol: /^https?$/ }),
});

export function billReminder(
  payload: z.output<typeof billReminderPayload>,
  t: EmailTranslator,
  locale: Locale,
) {
  const { biller, label } = payload;
  const period = formatBillPeriod(payload.period, locale);
  const amount = formatRupiah(payload.amount);
  const facts: Fact[] = [
    [t('facts.biller'), biller],
    [t('facts.customerNo'), payload.customerNo],
    [t('facts.period'), period],
    [t('facts.billAmount'), amount],
  ];
  if (payload.dueDate) {
    // Noon in Jakarta: the biller's calendar date whatever the server's zone.
    facts.push([
      t('facts.dueDate'),
      formatDateWib(new Date(`${payload.dueDate}T12:00:00+07:00`), locale),
    ]);
  }
  return {
    subject: t('billReminder.subject', { biller, period }),
    ...renderLayout(
      {
        locale,
        name: payload.name,
        preheader: t('billReminder.preheader', { label, amount }),
        paragraphs: [t('billReminder.intro', { label })],
        body: renderFacts(facts),
        action: { label: t('billReminder.action'), url: payload.url },
        notes: [t('billReminder.fees'), t('billReminder.turnOff')],
      },
      t,
    ),
  };
}
