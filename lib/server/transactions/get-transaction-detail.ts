import 'server-only';
import { db } from '@/lib/db';
import { categorySlug, type BillCategoryKey } from '@/lib/domain/categories';
import { amountCharged } from '@/lib/domain/history';
import type { Locale } from '@/lib/domain/locale';
import type { PaymentChannel } from '@/lib/domain/payment-methods';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import { transactionTimeline, type TimelineStep } from '@/lib/domain/transaction-timeline';
import { assertRole, type Actor } from '../actor';
import { AppError } from '../errors';

export type TransactionDetail = {
  id: string;
  status: TransactionStatus;
  createdAt: Date;
  biller: { code: string; name: string; category: BillCategoryKey };
  productName: string | null;
  customerNo: string;
  customerName: string;
  amounts: {
    bill: number;
    penalty: number;
    adminFee: number;
    methodFee: number;
    total: number;
  };
  /** How the customer paid (or tried to): the charge that took the money, else the latest. */
  payment: { channel: PaymentChannel; cardLast4: string | null } | null;
  billerRef: string | null;
  token: string | null;
  receiptNumber: string | null;
  refunds: {
    amount: number;
    status: 'PENDING' | 'SUCCEEDED';
    requestedAt: Date;
    succeededAt: Date | null;
  }[];
  timeline: TimelineStep[];
};

const TOOK_MONEY = ['PAID', 'REFUNDED'];

/** One of the signed-in customer's transactions; anyone else's is answered as not found. */
export async function getTransactionDetail(input: {
  actor: Actor | null;
  transactionId: string;
  locale: Locale;
}): Promise<TransactionDetail> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const txn = await db.transaction.findFirst({
    where: { id: input.transactionId, userId: actor.id },
    include: {
      biller: { select: { code: true, nameId: true, nameEn: true, category: true } },
      product: { select: { nameId: true, nameEn: true } },
      events: {
        select: { toStatus: true, createdAt: true },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      },
      charges: {
        select: { channel: true, status: true, cardLast4: true },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      },
      refunds: { orderBy: { requestedAt: 'asc' } },
      receipt: { select: { number: true } },
    },
  });
  if (!txn) throw new AppError('NOT_FOUND', 'transactionNotFound');
  const name = (row: { nameId: string; nameEn: string }) =>
    input.locale === 'id' ? row.nameId : row.nameEn;
  const charge = txn.charges.find((c) => TOOK_MONEY.includes(c.status)) ?? txn.charges[0];
  return {
    id: txn.id,
    status: txn.status,
    createdAt: txn.createdAt,
    biller: {
      code: txn.biller.code,
      name: name(txn.biller),
      category: categorySlug(txn.biller.category),
    },
    productName: txn.product ? name(txn.product) : null,
    customerNo: txn.customerNo,
    customerName: txn.customerName,
    amounts: {
      bill: txn.billAmount,
      penalty: txn.penalty,
      adminFee: txn.adminFee,
      methodFee: txn.methodFee,
      total: amountCharged(txn),
    },
    payment: charge
      ? { channel: charge.channel as PaymentChannel, cardLast4: charge.cardLast4 }
      : null,
    billerRef: txn.billerRef,
    token: txn.token,
    receiptNumber: txn.receipt?.number ?? null,
    refunds: txn.refunds.map((refund) => ({
      amount: refund.amount,
      status: refund.status as 'PENDING' | 'SUCCEEDED',
      requestedAt: refund.requestedAt,
      succeededAt: refund.succeededAt,
    })),
    timeline: transactionTimeline(txn.events, txn.refunds),
  };
}
