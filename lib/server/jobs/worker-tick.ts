import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { deliverOutbox, type OutboxReport } from '../outbox/deliver-outbox';
import { purgeExpiredRateLimits } from '../rate-limit';
import { checkBillReminders, type ReminderReport } from './check-bill-reminders';
import { expireAbandonedCheckouts } from './expire-abandoned-checkouts';
import { expireInquiries } from './expire-inquiries';
import { reconcileCharges } from './reconcile-charges';
import { sendRefunds } from './send-refunds';
import { settlePayments, type SettleReport } from './settle-payments';
import { sweepOrphanFilesHourly } from './sweep-orphan-files';

export type TickReport = {
  purgedRateLimits: number;
  expiredInquiries: number;
  abandonedCheckouts: number;
  reconciledCharges: number;
  settled: SettleReport;
  refundsSent: number;
  billReminders: ReminderReport;
  outbox: OutboxReport;
  /** Null in the ticks between two hourly sweeps. */
  orphanFilesRemoved: number | null;
};

/**
 * One round of background work. Each job is safe to run in several worker processes at once:
 * rows are claimed by conditional state transitions and postings are keyed, so a second worker
 * finds nothing left to do.
 */
export async function runWorkerTick(now = new Date()): Promise<TickReport> {
  const longestWindowSeconds = Math.max(
    env.LOGIN_LIMIT_WINDOW_SECONDS,
    env.REGISTER_LIMIT_WINDOW_SECONDS,
  );
  const purgedRateLimits = await purgeExpiredRateLimits(
    new Date(now.getTime() - longestWindowSeconds * 1000),
  );
  const expiredInquiries = await expireInquiries(now);
  const reconciledCharges = await reconcileCharges({ now });
  const abandonedCheckouts = await expireAbandonedCheckouts(now);
  const settled = await settlePayments({ now });
  const refundsSent = await sendRefunds();
  const billReminders = await checkBillReminders({ now });
  const outbox = await deliverOutbox({ now });
  const orphanFilesRemoved = await sweepOrphanFilesHourly(now);
  const report = {
    purgedRateLimits,
    expiredInquiries,
    abandonedCheckouts,
    reconciledCharges,
    settled,
    refundsSent,
    billReminders,
    outbox,
    orphanFilesRemoved,
  };
  await db.workerHeartbeat.upsert({
    where: { name: 'worker' },
    create: { name: 'worker', beatAt: now, lastTick: JSON.stringify(report) },
    update: { beatAt: now, lastTick: JSON.stringify(report) },
  });
  return report;
}
