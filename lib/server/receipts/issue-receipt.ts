import 'server-only';
import { z } from 'zod';
import type { DbTransaction } from '@/lib/db';
import { toLocale } from '@/lib/domain/locale';
import {
  receiptDataSchema,
  receiptNumber,
  receiptSequenceName,
  wibYear,
  type ReceiptData,
} from '@/lib/domain/receipt';
import { env } from '@/lib/env';
import { enqueueEmail } from '../outbox/enqueue';
import { nextSequenceValue } from './next-sequence-value';
import { receiptVerifyUrl } from './sign-receipt';

const inquiryDataSchema = z.object({
  details: z.record(z.string(), z.union([z.string(), z.number()])),
  periods: z.array(z.object({ period: z.string(), amount: z.number(), penalty: z.number() })),
  operator: z.string().nullable().optional(),
});

/** The customer's link to a receipt page. */
export const receiptPageUrl = (transactionId: string) =>
  new URL(`/home/payments/${transactionId}/receipt`, env.APP_URL).toString();

/**
 * Issues the receipt of a transaction that just moved to SUCCESS, inside that DB transaction:
 * the year's next number, the receipt row with what it shows, and the customer's receipt e-mail.
 * Called only when the transition moved, so a repeated success issues nothing; the unique
 * transaction id and e-mail dedupe key hold even if it were called twice. `chargeId` is the
 * charge that paid, or null for a counter sale (cash, with the outlet's biaya loket on top).
 */
export async function issueReceipt(
  tx: DbTransaction,
  input: { transactionId: string; chargeId: string | null; now: Date },
): Promise<{ number: string; created: boolean }> {
  const { transactionId, now } = input;
  const existing = await tx.receipt.findUnique({ where: { transactionId } });
  if (existing) return { number: existing.number, created: false };

  const [txn, charge] = await Promise.all([
    tx.transaction.findUniqueOrThrow({
      where: { id: transactionId },
      include: {
        biller: true,
        product: true,
        user: { select: { email: true, name: true, locale: true, role: true } },
      },
    }),
    input.chargeId === null
      ? null
      : tx.paymentCharge.findUniqueOrThrow({ where: { id: input.chargeId } }),
  ]);
  const inquiry = inquiryDataSchema.parse(JSON.parse(txn.inquiryData));
  const data: ReceiptData = receiptDataSchema.parse({
    transactionId,
    biller: {
      code: txn.biller.code,
      nameId: txn.biller.nameId,
      nameEn: txn.biller.nameEn,
      kind: txn.biller.kind,
      category: txn.biller.category,
    },
    product: txn.product
      ? { code: txn.product.code, nameId: txn.product.nameId, nameEn: txn.product.nameEn }
      : null,
    customerNo: txn.customerNo,
    customerName: txn.customerName,
    operator: inquiry.operator ?? null,
    details: inquiry.details,
    periods: inquiry.periods,
    billAmount: txn.billAmount,
    penalty: txn.penalty,
    adminFee: txn.adminFee,
    // What the paying charge added on top: the fee of the method that actually paid, whatever
    // the customer tried before it.
    methodFee: charge ? charge.amount - txn.totalAmount : 0,
    outletMarkup: charge ? 0 : txn.outletMarkup,
    total: charge ? charge.amount : txn.totalAmount + txn.outletMarkup,
    payment: charge
      ? { method: charge.method, channel: charge.channel, cardLast4: charge.cardLast4 }
      : { method: 'CASH', channel: 'COUNTER', cardLast4: null },
    billerRef: txn.billerRef,
    token: txn.token,
    kwhHundredths: txn.kwhHundredths,
    paidAt: (txn.completedAt ?? now).toISOString(),
  });

  const year = wibYear(now);
  const number = receiptNumber(year, await nextSequenceValue(tx, receiptSequenceName(year)));
  await tx.receipt.create({
    data: { number, transactionId, data: JSON.stringify(data), issuedAt: now },
  });
  // Counter sales (agents) print their receipts; customers get theirs by e-mail too.
  if (txn.user.role === 'CUSTOMER') {
    await enqueueEmail(tx, {
      dedupeKey: `receipt:${transactionId}`,
      template: 'receipt',
      recipient: txn.user.email,
      locale: toLocale(txn.user.locale),
      payload: {
        name: txn.user.name,
        receipt: { number, issuedAt: now.toISOString(), data },
        receiptUrl: receiptPageUrl(transactionId),
        verifyUrl: receiptVerifyUrl(number),
      },
    });
  }
  return { number, created: true };
}
