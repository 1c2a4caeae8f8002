import 'server-only';
import { db } from '@/lib/db';
import { ADMIN_REFUND_REASON } from '@/lib/domain/admin-refund';
import { FRAUD_REJECTED } from '@/lib/domain/fraud-rules';
import type { Locale } from '@/lib/domain/locale';
import type { PaymentChannel, PaymentMethod } from '@/lib/domain/payment-methods';
import type { TransactionStatus } from '@/lib/domain/transaction-state';
import { assertRole, type Actor } from '../actor';
import { AppError } from '../errors';

export type ChargeView = {
  method: PaymentMethod;
  channel: PaymentChannel;
  status: 'PENDING' | 'PAID' | 'EXPIRED' | 'FAILED' | 'REFUNDED';
  amount: number;
  vaNumber: string | null;
  qrString: string | null;
  actionUrl: string | null;
  cardBrand: string | null;
  cardLast4: string | null;
  failureCode: string | null;
  expiresAt: Date;
};

export type PaymentStatusView = {
  transactionId: string;
  status: TransactionStatus;
  biller: { code: string; name: string; kind: 'PREPAID' | 'POSTPAID' };
  customerNo: string;
  customerName: string;
  productName: string | null;
  totalAmount: number;
  methodFee: number;
  charge: ChargeView | null;
  billerRef: string | null;
  token: string | null;
  kwhHundredths: number | null;
  refund: { status: 'PENDING' | 'SUCCEEDED'; amount: number } | null;
  /**
   * Who ended a failed or refunded payment: the biller refused it, a review did not approve it,
   * or an admin refunded a sale that had gone through. Null while it has not ended that way.
   */
  endedBy: 'BILLER' | 'REVIEW' | 'REFUND' | null;
  paidAt: Date | null;
  completedAt: Date | null;
};

/** Where a customer's payment stands, for the waiting, success and failure pages. */
export async function getPaymentStatus(input: {
  actor: Actor | null;
  transactionId: string;
  locale: Locale;
}): Promise<PaymentStatusView> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const txn = await db.transaction.findFirst({
    where: { id: input.transactionId, userId: actor.id },
    include: {
      biller: true,
      product: true,
      charges: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1 },
      refunds: { orderBy: { requestedAt: 'desc' }, take: 1 },
    },
  });
  if (!txn) throw new AppError('NOT_FOUND', 'inquiryNotFound');
  const name = (row: { nameId: string; nameEn: string }) =>
    input.locale === 'id' ? row.nameId : row.nameEn;
  const charge = txn.charges[0];
  const refund = txn.refunds[0];
  return {
    transactionId: txn.id,
    status: txn.status,
    biller: { code: txn.biller.code, name: name(txn.biller), kind: txn.biller.kind },
    customerNo: txn.customerNo,
    customerName: txn.customerName,
    productName: txn.product ? name(txn.product) : null,
    totalAmount: txn.totalAmount,
    methodFee: txn.methodFee,
    charge: charge
      ? {
          method: charge.method as PaymentMethod,
          channel: charge.channel as PaymentChannel,
          status: charge.status as ChargeView['status'],
          amount: charge.amount,
          vaNumber: charge.vaNumber,
          qrString: charge.qrString,
          actionUrl: charge.actionUrl,
          cardBrand: charge.cardBrand,
          cardLast4: charge.cardLast4,
          failureCode: charge.failureCode,
          expiresAt: charge.expiresAt,
        }
      : null,
    billerRef: txn.billerRef,
    token: txn.token,
    kwhHundredths: txn.kwhHundredths,
    refund: refund
      ? { status: refund.status as 'PENDING' | 'SUCCEEDED', amount: refund.amount }
      : null,
    endedBy:
      txn.status !== 'FAILED' && txn.status !== 'REFUNDED'
        ? null
        : txn.failureReason === FRAUD_REJECTED
          ? 'REVIEW'
          : refund?.reason === ADMIN_REFUND_REASON
            ? 'REFUND'
            : 'BILLER',
    paidAt: txn.paidAt,
    completedAt: txn.completedAt,
  };
}
