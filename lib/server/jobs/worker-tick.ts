import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { purgeExpiredRateLimits } from '../rate-limit';
import { expireInquiries } from './expire-inquiries';
import { reconcileCharges } from './reconcile-charges';
import { sendRefunds } from './send-refunds';
import { settlePayments, type SettleReport } from './settle-payments';

export type TickReport = {
  purgedRateLimits: number;
  expiredInquiries: number;
  reconciledCharges: number;
  settled: SettleReport;
  refundsSent: number;
};

/**
 * One round of background work. Each job is safe to run in several worker processes at once:
 * they only touch rows that are already finished with.
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
  const settled = await settlePayments({ now });
  const refundsSent = await sendRefunds({ now });
  const report = { purgedRateLimits, expiredInquiries, reconciledCharges, settled, refundsSent };
  await db.workerHeartbeat.upsert({
    where: { name: 'worker' },
    create: { name: 'worker', beatAt: now, lastTick: JSON.stringify(report) },
    update: { beatAt: now, lastTick: JSON.stringify(report) },
  });
  return report;
}
