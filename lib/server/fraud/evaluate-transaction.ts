import 'server-only';
import type { DbTransaction } from '@/lib/db';
import {
  brokenRules,
  isFraudRuleKindOrNull,
  wibDayOf,
  type BrokenRule,
  type FraudRuleSetting,
} from '@/lib/domain/fraud-rules';
import { noticePaymentHeld } from '../notifications/payment-notices';
import { transition } from '../transactions/transition';

// Money that was taken and not given back: a failed, refunded or rejected payment does not count.
const COUNTED_STATUSES = ['PAID', 'PROCESSING', 'PENDING_BILLER', 'ON_HOLD', 'SUCCESS'] as const;

// A transaction is paid at most the inquiry's 15 minutes plus the longest payment window (an hour)
// after it was created: bounding createdAt lets the (userId, createdAt) and (billerId, createdAt)
// indexes serve the day's counts.
const CREATED_BEFORE_PAID_MS = 2 * 60 * 60 * 1000;

/**
 * The fraud rules a just-paid online transaction breaks, counted over the WIB day of its payment
 * with this transaction included. Runs inside the PAID step's DB transaction, so what it counts
 * is what that step sees.
 */
export async function evaluateTransaction(
  tx: DbTransaction,
  input: { transactionId: string; chargeId: string; now: Date },
): Promise<BrokenRule[]> {
  const txn = await tx.transaction.findUniqueOrThrow({
    where: { id: input.transactionId },
    select: { userId: true, billerId: true, customerNo: true },
  });
  const blocked = await tx.blockedReference.findFirst({
    where: {
      customerNo: txn.customerNo,
      OR: [{ billerId: txn.billerId }, { billerId: null }],
    },
    select: { id: true },
  });
  const rules = (await tx.fraudRule.findMany({ where: { active: true } })).flatMap(
    (rule): FraudRuleSetting[] => {
      const kind = isFraudRuleKindOrNull(rule.kind);
      return kind ? [{ kind, limit: rule.limit, active: rule.active }] : [];
    },
  );
  const broken: BrokenRule[] = blocked ? [{ kind: 'BLOCKED_REFERENCE', limit: 0, actual: 1 }] : [];
  if (rules.length === 0) return broken;

  const { start, end } = wibDayOf(input.now);
  const paidToday = {
    outletId: null,
    status: { in: [...COUNTED_STATUSES] },
    createdAt: { gte: new Date(start.getTime() - CREATED_BEFORE_PAID_MS), lt: end },
    paidAt: { gte: start, lt: end },
  };
  const customer = await tx.transaction.aggregate({
    where: { ...paidToday, userId: txn.userId },
    _count: { _all: true },
    _sum: { totalAmount: true, methodFee: true },
  });
  const referenceCount = await tx.transaction.count({
    where: { ...paidToday, billerId: txn.billerId, customerNo: txn.customerNo },
  });
  const charge = await tx.paymentCharge.findUniqueOrThrow({
    where: { id: input.chargeId },
    select: { cardFingerprint: true, cardBrand: true, cardLast4: true },
  });
  // A card is known by the gateway's fingerprint (its `token` is new on every payment). Should a
  // charge come without one, brand and last four digits stand in: a coarser key that can also
  // count another person's card with the same ending, so it errs towards holding.
  const sameCard = charge.cardFingerprint
    ? { cardFingerprint: charge.cardFingerprint }
    : charge.cardBrand && charge.cardLast4
      ? { cardBrand: charge.cardBrand, cardLast4: charge.cardLast4 }
      : null;
  const cardCount = sameCard
    ? await tx.paymentCharge.count({
        where: {
          ...sameCard,
          status: 'PAID',
          paidAt: { gte: start, lt: end },
          transaction: { outletId: null },
        },
      })
    : null;
  return [
    ...broken,
    ...brokenRules(rules, {
      customerCount: customer._count._all,
      customerAmount: (customer._sum.totalAmount ?? 0) + (customer._sum.methodFee ?? 0),
      referenceCount,
      cardCount,
    }),
  ];
}

/**
 * Holds a just-paid transaction that breaks a rule (PAID -> ON_HOLD, with the reasons) in the
 * caller's DB transaction: the biller is not paid until an admin releases it. True if held.
 */
export async function holdIfRulesBroken(
  tx: DbTransaction,
  input: { transactionId: string; chargeId: string; now: Date },
): Promise<boolean> {
  const broken = await evaluateTransaction(tx, input);
  if (broken.length === 0) return false;
  const moved = await transition(tx, {
    transactionId: input.transactionId,
    from: 'PAID',
    to: 'ON_HOLD',
    actor: { type: 'SYSTEM' },
    reason: `held for review: ${broken.map((rule) => rule.kind).join(', ')}`,
  });
  if (!moved) return false;
  await tx.fraudHold.create({
    data: { transactionId: input.transactionId, reasons: JSON.stringify(broken) },
  });
  await noticePaymentHeld(tx, input);
  return true;
}
