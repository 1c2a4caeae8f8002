import 'server-only';
import { db } from '@/lib/db';
import {
  planReminder,
  REMINDER_CATEGORIES,
  startOfNextWibMonth,
} from '@/lib/domain/bill-reminders';
import { billerSwitch as configuredSwitch } from '@/lib/integrations/biller-switch';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import { log } from '@/lib/log';
import { askSavedBill } from '../saved-references/ask-saved-bill';
import { recordReminderCheck } from '../saved-references/record-reminder-check';

const BATCH = 10;
// Longer than one inquiry may take. While a worker holds a saved bill no other asks about it;
// if that worker dies, another takes it once this passes.
const CLAIM_MS = 2 * 60_000;
// A round stops asking after this long, so a slow switch never holds up payments and e-mail in
// the same tick; what is left is still due for the next round.
const ROUND_BUDGET_MS = 15_000;

export type ReminderReport = { checked: number; reminded: number; retried: number };

const due = (now: Date) => ({
  remindersEnabled: true,
  OR: [{ nextReminderCheckAt: null }, { nextReminderCheckAt: { lte: now } }],
});
const monthlyBiller = { kind: 'POSTPAID' as const, category: { in: [...REMINDER_CATEGORIES] } };

/**
 * The monthly bill check for saved bills whose reminders are on and due: one inquiry each at
 * the switch (outside any DB transaction, and never a Loket transaction), then one DB
 * transaction recording the answer with the reminder it causes. Each saved bill is claimed by a
 * conditional update first, so two workers never ask about, or announce, the same one.
 */
export async function checkBillReminders(
  input: { now?: Date; billerSwitch?: BillerSwitch } = {},
): Promise<ReminderReport> {
  const now = input.now ?? new Date();
  const report: ReminderReport = { checked: 0, reminded: 0, retried: 0 };
  // Bills that have no new bill each month (tokens, credit, tickets) are never asked about: they
  // are only looked at again next month, in one statement.
  await db.savedReference.updateMany({
    where: { ...due(now), biller: { NOT: monthlyBiller } },
    data: { nextReminderCheckAt: startOfNextWibMonth(now) },
  });
  const candidates = await db.savedReference.findMany({
    where: { ...due(now), biller: monthlyBiller },
    orderBy: { nextReminderCheckAt: 'asc' },
    take: BATCH,
    include: {
      biller: true,
      user: { select: { id: true, email: true, name: true, locale: true } },
    },
  });
  const started = performance.now();
  for (const saved of candidates) {
    if (performance.now() - started > ROUND_BUDGET_MS) break;
    try {
      const claimedUntil = new Date(now.getTime() + CLAIM_MS);
      const { count } = await db.savedReference.updateMany({
        where: {
          id: saved.id,
          remindersEnabled: true,
          nextReminderCheckAt: saved.nextReminderCheckAt,
        },
        data: { nextReminderCheckAt: claimedUntil },
      });
      if (count === 0) continue; // another worker has it, or the customer just turned it off
      const { check, bill } = await askSavedBill(saved, {
        now,
        billerSwitch: input.billerSwitch ?? configuredSwitch(),
      });
      const plan = planReminder({
        id: saved.id,
        now,
        lastRemindedPeriod: saved.lastRemindedPeriod,
        check,
      });
      const recorded = await recordReminderCheck({ target: saved, claimedUntil, plan, bill });
      if (recorded === 'lost') continue;
      report.checked++;
      if (recorded === 'reminded') report.reminded++;
      if (check.kind === 'retry') report.retried++;
    } catch (error) {
      // Left claimed: it is due again once the claim runs out.
      log('error', 'bill reminder check failed', { savedReferenceId: saved.id, error });
    }
  }
  return report;
}
