import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { categorySlug, type BillCategoryKey } from '@/lib/domain/categories';
import { amountCharged } from '@/lib/domain/history';
import type { Locale } from '@/lib/domain/locale';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import { assertRole, type Actor } from '../../actor';
import { AppError } from '../../errors';
import { refundState, type RefundState } from './refund-state';
import { transactionAdminActivity, type AdminActivity } from './transaction-admin-activity';

type Person = { id: string; name: string; email: string };

export type AdminTransactionDetail = {
  id: string;
  status: TransactionStatus;
  createdAt: Date;
  paidAt: Date | null;
  completedAt: Date | null;
  biller: { code: string; name: string; category: BillCategoryKey };
  productName: string | null;
  customerNo: string;
  customerName: string;
  periods: { period: string; amount: number; penalty: number }[];
  customer: Person;
  outlet: { id: string; name: string } | null;
  amounts: {
    bill: number;
    penalty: number;
    adminFee: number;
    methodFee: number;
    outletMarkup: number;
    commission: number;
    total: number;
  };
  receiptNumber: string | null;
  /** What Loket sent to and heard from the biller switch. */
  billerMessages: {
    switchInquiryId: string;
    billerPaymentId: string | null;
    billerRef: string | null;
    token: string | null;
    kwhHundredths: number | null;
    failureReason: string | null;
    adviceAttempts: number;
    nextAdviceAt: Date | null;
  };
  timeline: {
    id: string;
    at: Date;
    from: TransactionStatus | null;
    to: TransactionStatus;
    actorType: string;
    actor: Person | null;
    reason: string;
    payloadDigest: string | null;
  }[];
  /** Gateway charges: no secrets, the card only by brand and last 4 digits. */
  charges: {
    id: string;
    gatewayChargeId: string;
    method: string;
    channel: string;
    amount: number;
    status: string;
    vaNumber: string | null;
    card: { brand: string | null; last4: string } | null;
    failureCode: string | null;
    createdAt: Date;
    paidAt: Date | null;
    events: { id: string; type: string; outcome: string; receivedAt: Date }[];
  }[];
  refunds: {
    refundId: string;
    amount: number;
    reason: string;
    status: string;
    requestedAt: Date;
    succeededAt: Date | null;
  }[];
} & AdminActivity & {
    /** What the action panel offers; the use cases check it all again. */
    actions: { recheck: boolean; resolve: boolean; refund: RefundState | null };
  };

const periodsSchema = z
  .object({
    periods: z.array(z.object({ period: z.string(), amount: z.number(), penalty: z.number() })),
  })
  .catch({ periods: [] });

/** Everything the back office knows about one transaction, for its detail page. */
export async function getTransactionAdmin(input: {
  actor: Actor | null;
  transactionId: string;
  locale: Locale;
}): Promise<AdminTransactionDetail> {
  assertRole(input.actor, ['ADMIN']);
  const txn = await db.transaction.findUnique({
    where: { id: input.transactionId },
    include: {
      biller: { select: { code: true, nameId: true, nameEn: true, category: true } },
      product: { select: { nameId: true, nameEn: true } },
      user: { select: { id: true, name: true, email: true } },
      outlet: { select: { id: true, name: true } },
      receipt: { select: { number: true } },
      events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      charges: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      refunds: { orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }] },
    },
  });
  if (!txn) throw new AppError('NOT_FOUND', 'transactionNotFound');
  const name = (row: { nameId: string; nameEn: string }) =>
    input.locale === 'id' ? row.nameId : row.nameEn;

  const actorIds = [...new Set(txn.events.map((e) => e.actorId).filter((id) => id !== null))];
  const [people, gatewayEvents, activity, refund] = await Promise.all([
    db.user.findMany({
      where: { id: { in: actorIds } },
      select: { id: true, name: true, email: true },
    }),
    db.gatewayEvent.findMany({
      where: { chargeId: { in: txn.charges.map((charge) => charge.gatewayChargeId) } },
      orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, type: true, outcome: true, chargeId: true, receivedAt: true },
    }),
    transactionAdminActivity(txn.id),
    // Charges and refunds read at one moment, as the refund itself will read them.
    txn.status === 'SUCCESS' ? db.$transaction((tx) => refundState(tx, txn.id)) : null,
  ]);
  const person = (id: string | null) => people.find((p) => p.id === id) ?? null;

  return {
    id: txn.id,
    status: txn.status,
    createdAt: txn.createdAt,
    paidAt: txn.paidAt,
    completedAt: txn.completedAt,
    biller: {
      code: txn.biller.code,
      name: name(txn.biller),
      category: categorySlug(txn.biller.category),
    },
    productName: txn.product ? name(txn.product) : null,
    customerNo: txn.customerNo,
    customerName: txn.customerName,
    periods: periodsSchema.parse(JSON.parse(txn.inquiryData)).periods,
    customer: txn.user,
    outlet: txn.outlet,
    amounts: {
      bill: txn.billAmount,
      penalty: txn.penalty,
      adminFee: txn.adminFee,
      methodFee: txn.methodFee,
      outletMarkup: txn.outletMarkup,
      commission: txn.commission,
      total: amountCharged(txn),
    },
    receiptNumber: txn.receipt?.number ?? null,
    billerMessages: {
      switchInquiryId: txn.switchInquiryId,
      billerPaymentId: txn.billerPaymentId,
      billerRef: txn.billerRef,
      token: txn.token,
      kwhHundredths: txn.kwhHundredths,
      failureReason: txn.failureReason,
      adviceAttempts: txn.adviceAttempts,
      nextAdviceAt: txn.nextAdviceAt,
    },
    timeline: txn.events.map((event) => ({
      id: event.id,
      at: event.createdAt,
      from: event.fromStatus,
      to: event.toStatus,
      actorType: event.actorType,
      actor: person(event.actorId),
      reason: event.reason,
      payloadDigest: event.payloadDigest,
    })),
    charges: txn.charges.map((charge) => ({
      id: charge.id,
      gatewayChargeId: charge.gatewayChargeId,
      method: charge.method,
      channel: charge.channel,
      amount: charge.amount,
      status: charge.status,
      vaNumber: charge.vaNumber,
      card: charge.cardLast4 ? { brand: charge.cardBrand, last4: charge.cardLast4 } : null,
      failureCode: charge.failureCode,
      createdAt: charge.createdAt,
      paidAt: charge.paidAt,
      events: gatewayEvents
        .filter((event) => event.chargeId === charge.gatewayChargeId)
        .map(({ chargeId: _, ...event }) => event),
    })),
    refunds: txn.refunds.map((r) => ({
      refundId: r.refundId,
      amount: r.amount,
      reason: r.reason,
      status: r.status,
      requestedAt: r.requestedAt,
      succeededAt: r.succeededAt,
    })),
    ...activity,
    actions: {
      recheck: txn.status === 'PENDING_BILLER',
      resolve: txn.status === 'PENDING_BILLER',
      refund: refund && refund.left > 0 ? refund : null,
    },
  };
}
