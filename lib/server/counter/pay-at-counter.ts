import 'server-only';
import { db } from '@/lib/db';
import { counterAmounts, DEPOSIT_LEDGER_KINDS } from '@/lib/domain/deposit';
import { depositAccountCode, depositHoldPostings } from '@/lib/domain/ledger';
import { toLocale, type Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import type { BillerSwitch } from '@/lib/integrations/biller-switch/types';
import { log } from '@/lib/log';
import type { Actor } from '../actor';
import { assertBillerOpen, billerAvailability } from '../catalogue/biller-availability';
import { depositBalances } from '../deposits/deposit-balances';
import { AppError } from '../errors';
import { InsufficientBalanceError } from '../ledger/errors';
import { postLedgerTransaction } from '../ledger/post-ledger-transaction';
import { requireOutletMember } from '../outlets/outlet-membership';
import { withIdempotency } from '../payments/idempotency';
import { payBiller } from '../payments/pay-biller';
import { findOpenShift } from '../shifts/find-open-shift';
import { transition } from '../transactions/transition';

export type CounterPaymentResult = {
  transactionId: string;
  /** PENDING_BILLER: the biller has not answered; the hold stays until advice settles it. */
  status: 'SUCCESS' | 'PENDING_BILLER' | 'FAILED';
  receiptNumber?: string;
  /** PLN prepaid: the 20-digit token. */
  token?: string;
  /** Cash to hand back now: the change, or everything the customer gave when the sale failed. */
  change: number;
  /** FAILED: nothing was paid and the deposit got its money back; return all the cash. */
  returnAllCash: boolean;
  /** The deposit's available balance after this sale. */
  available: number;
};

type HoldInput = { transactionId: string; cashReceived: number; now: Date; locale: Locale };

/**
 * A cashier takes the customer's cash and pays the bill from the outlet's deposit. The amounts
 * come from the inquiry as quoted, never from the browser. One DB transaction moves the sale
 * INQUIRED -> PAID and takes the hold, guarded so that the deposit can never go below zero
 * whatever the concurrency; then, outside it, the biller is paid and its answer posts or
 * releases the hold. The idempotency key makes a double Enter pay once.
 */
export async function payAtCounter(input: {
  actor: Actor | null;
  transactionId: string;
  cashReceived: number;
  idempotencyKey: string;
  now?: Date;
  billerSwitch?: BillerSwitch;
}): Promise<CounterPaymentResult> {
  const member = await requireOutletMember(input.actor, ['OWNER', 'CASHIER']);
  const cashier = member.actor;
  const now = input.now ?? new Date();
  const { transactionId, cashReceived } = input;
  if (!Number.isSafeInteger(cashReceived) || cashReceived < 0) {
    throw new AppError('VALIDATION', 'validationFailed', {
      fieldErrors: { cashReceived: ['cashAmountInvalid'] },
    });
  }
  return withIdempotency(
    `counter-pay:${cashier.id}:${input.idempotencyKey}`,
    { transactionId, cashReceived },
    async () => {
      const shift = await findOpenShift(cashier.id);
      if (!shift || shift.outletId !== member.outletId) {
        throw new AppError('CONFLICT', 'shiftNotOpen');
      }
      const hold = { transactionId, cashReceived, now, locale: toLocale(cashier.locale) };
      const totalToCollect = await takeHold(member.outletId, shift.id, cashier.id, hold);
      let status: string;
      try {
        status = await payBiller({ transactionId, billerSwitch: input.billerSwitch, now });
      } catch (error) {
        // The hold is taken: the worker pays the biller (or resumes the payment) from here.
        log('error', 'counter sale: paying the biller failed', { transactionId, error });
        status = 'UNCHANGED';
      }
      return result(member.outletId, transactionId, cashReceived, totalToCollect, status);
    },
  );
}

/** INQUIRED -> PAID with the deposit hold, in one DB transaction; the total to collect. */
async function takeHold(
  outletId: string,
  shiftId: string,
  cashierId: string,
  { transactionId, cashReceived, now, locale }: HoldInput,
): Promise<number> {
  const txn = await db.transaction.findFirst({
    where: { id: transactionId, outletId },
    include: { biller: true },
  });
  if (!txn) throw new AppError('NOT_FOUND', 'inquiryNotFound');
  if (txn.status === 'INQUIRED' && txn.expiresAt <= now) {
    throw new AppError('CONFLICT', 'inquiryExpired');
  }
  if (txn.status !== 'INQUIRED') throw new AppError('CONFLICT', 'paymentNotOpen');
  // Disabled, in maintenance or in its cut-off since the bill was checked: no deposit is held.
  assertBillerOpen(
    billerAvailability(txn.biller, locale, now),
    locale === 'id' ? txn.biller.nameId : txn.biller.nameEn,
  );
  if (txn.biller.kind === 'PREPAID' && !txn.productId) {
    throw new AppError('CONFLICT', 'chooseProductFirst');
  }
  const { totalToCollect, depositCharge } = counterAmounts(txn);
  if (cashReceived < totalToCollect) {
    throw new AppError('VALIDATION', 'validationFailed', {
      fieldErrors: { cashReceived: ['cashTooLow'] },
    });
  }
  try {
    await db.$transaction(async (tx) => {
      const moved = await transition(tx, {
        transactionId,
        from: 'INQUIRED',
        to: 'PAID',
        actor: { type: 'USER', id: cashierId },
        reason: `paid at the counter from the deposit (${formatRupiah(depositCharge)} held)`,
      });
      if (!moved) throw new AppError('CONFLICT', 'paymentNotOpen');
      await tx.transaction.update({
        where: { id: transactionId },
        data: { shiftId, cashReceived, paidAt: now },
      });
      await tx.depositHold.create({ data: { outletId, transactionId, amount: depositCharge } });
      await postLedgerTransaction(tx, {
        idempotencyKey: `txn:${transactionId}:deposit-hold`,
        kind: DEPOSIT_LEDGER_KINDS.hold,
        transactionId,
        description: `${txn.biller.code} ${txn.customerNo} held on the deposit`,
        postings: depositHoldPostings({ outletId, amount: depositCharge }),
        forbidNegative: [depositAccountCode(outletId)],
      });
    });
  } catch (error) {
    if (!(error instanceof InsufficientBalanceError)) throw error;
    const { available } = await depositBalances(outletId);
    throw new AppError('CONFLICT', 'depositTooLow', {
      params: { needed: formatRupiah(depositCharge), available: formatRupiah(available) },
    });
  }
  return totalToCollect;
}

async function result(
  outletId: string,
  transactionId: string,
  cashReceived: number,
  totalToCollect: number,
  payOutcome: string,
): Promise<CounterPaymentResult> {
  const [txn, { available }] = await Promise.all([
    db.transaction.findUniqueOrThrow({
      where: { id: transactionId },
      select: { status: true, token: true, receipt: { select: { number: true } } },
    }),
    depositBalances(outletId),
  ]);
  const status =
    txn.status === 'SUCCESS' || txn.status === 'FAILED' ? txn.status : 'PENDING_BILLER';
  log('info', 'counter sale paid', { transactionId, status, payOutcome });
  const failed = status === 'FAILED';
  return {
    transactionId,
    status,
    ...(txn.receipt ? { receiptNumber: txn.receipt.number } : {}),
    ...(txn.token ? { token: txn.token } : {}),
    change: failed ? cashReceived : cashReceived - totalToCollect,
    returnAllCash: failed,
    available,
  };
}
