import 'server-only';
import { db } from '@/lib/db';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import { log } from '@/lib/log';
import { adviseBillerPayment, payBiller, resumePayment } from '../payments/pay-biller';

const BATCH = 20;
// A PROCESSING transaction untouched this long lost its worker mid-payment (crash, restart).
const STUCK_AFTER_MS = 2 * 60 * 1000;

export type SettleReport = { paid: number; resumed: number; advised: number };

/**
 * The worker's safety net for money already received: pays billers for PAID transactions,
 * resumes payments a crashed process left PROCESSING, and asks about pending ones when due.
 */
export async function settlePayments(
  input: { now?: Date; billerSwitch?: BillerSwitch } = {},
): Promise<SettleReport> {
  const now = input.now ?? new Date();
  const report: SettleReport = { paid: 0, resumed: 0, advised: 0 };
  const run = async (
    label: keyof SettleReport,
    ids: { id: string }[],
    work: (id: string) => Promise<unknown>,
  ) => {
    for (const { id } of ids) {
      try {
        await work(id);
        report[label]++;
      } catch (error) {
        log('error', `settle payments: ${label} failed`, { transactionId: id, error });
      }
    }
  };
  const pick = (where: object, orderBy: object) =>
    db.transaction.findMany({ where, orderBy, take: BATCH, select: { id: true } });

  await run('paid', await pick({ status: 'PAID' }, { paidAt: 'asc' }), (transactionId) =>
    payBiller({ transactionId, billerSwitch: input.billerSwitch, now }),
  );
  await run(
    'resumed',
    await pick(
      { status: 'PROCESSING', updatedAt: { lt: new Date(now.getTime() - STUCK_AFTER_MS) } },
      { updatedAt: 'asc' },
    ),
    (transactionId) => resumePayment({ transactionId, billerSwitch: input.billerSwitch, now }),
  );
  await run(
    'advised',
    await pick({ status: 'PENDING_BILLER', nextAdviceAt: { lte: now } }, { nextAdviceAt: 'asc' }),
    (transactionId) =>
      adviseBillerPayment({ transactionId, billerSwitch: input.billerSwitch, now }),
  );
  return report;
}
