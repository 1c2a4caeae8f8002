import 'server-only';
import { db } from '@/lib/db';
import { billerSwitch } from '@/lib/integrations/biller-switch';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import { log } from '@/lib/log';
import { transition } from '../transactions/transition';
import { applyBillerOutcome } from './apply-biller-outcome';

/** Our reference for a transaction's payment at the switch: the same on every retry. */
export const billerPaymentId = (transactionId: string) => `PAY-${transactionId}`;

async function sendPayment(transactionId: string, switchClient: BillerSwitch) {
  const txn = await db.transaction.findUniqueOrThrow({
    where: { id: transactionId },
    include: { biller: true, product: true },
  });
  const prepaid = txn.biller.kind === 'PREPAID';
  const productCode = prepaid
    ? txn.product?.code
    : (txn.biller.inquiryProductCode ?? txn.product?.code);
  if (!productCode) throw new Error(`transaction ${transactionId} has no product to pay`);
  return switchClient.pay({
    refId: billerPaymentId(transactionId),
    productCode,
    customerNo: txn.customerNo,
    amount: prepaid ? (txn.product?.faceValue ?? 0) : txn.billAmount + txn.penalty,
    inquiryRefId: txn.switchInquiryId,
  });
}

/**
 * Pays the biller for a transaction whose money is confirmed. Claiming PAID -> PROCESSING is a
 * conditional transition, so only one worker pays; the switch call happens outside any DB
 * transaction, with the transaction's one payment reference.
 */
export async function payBiller(input: {
  transactionId: string;
  billerSwitch?: BillerSwitch;
  now?: Date;
}): Promise<'SUCCESS' | 'FAILED' | 'PENDING_BILLER' | 'UNCHANGED'> {
  const { transactionId } = input;
  const claimed = await db.$transaction(async (tx) => {
    const moved = await transition(tx, {
      transactionId,
      from: 'PAID',
      to: 'PROCESSING',
      actor: { type: 'SYSTEM' },
      reason: 'paying the biller',
    });
    if (moved) {
      await tx.transaction.update({
        where: { id: transactionId },
        data: { billerPaymentId: billerPaymentId(transactionId) },
      });
    }
    return moved;
  });
  if (!claimed) return 'UNCHANGED';
  return resumePayment({ ...input });
}

/**
 * Sends (again) the payment of a PROCESSING transaction, e.g. after a crash between claiming it
 * and recording the answer. The switch answers a repeated reference with the first payment's
 * state, so this never pays twice.
 */
export async function resumePayment(input: {
  transactionId: string;
  billerSwitch?: BillerSwitch;
  now?: Date;
}) {
  const outcome = await sendPayment(input.transactionId, input.billerSwitch ?? billerSwitch());
  log('info', 'biller payment answered', {
    transactionId: input.transactionId,
    outcome: outcome.kind,
  });
  return applyBillerOutcome({
    transactionId: input.transactionId,
    from: 'PROCESSING',
    outcome,
    now: input.now,
  });
}

/** Asks the switch about a pending payment and records what it says. */
export async function adviseBillerPayment(input: {
  transactionId: string;
  billerSwitch?: BillerSwitch;
  now?: Date;
}) {
  const outcome = await (input.billerSwitch ?? billerSwitch()).advice({
    refId: billerPaymentId(input.transactionId),
  });
  return applyBillerOutcome({
    transactionId: input.transactionId,
    from: 'PENDING_BILLER',
    outcome,
    now: input.now,
  });
}
