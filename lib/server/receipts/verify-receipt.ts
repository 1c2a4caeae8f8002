import 'server-only';
import { db } from '@/lib/db';
import { maskCustomerNo, receiptDataSchema } from '@/lib/domain/receipt';
import { consumeRateLimit } from '../rate-limit';
import { readReceiptCode } from './sign-receipt';

// Checks per address per window: generous for people scanning receipts, useless for guessing.
const VERIFY_LIMIT = { limit: 60, windowSeconds: 10 * 60 };

export type ReceiptVerification =
  | {
      status: 'genuine';
      number: string;
      biller: { nameId: string; nameEn: string };
      /** Only the last 4 characters: the page is public. */
      customerNo: string;
      total: number;
      paidAt: Date;
      payment: 'PAID' | 'REFUNDED';
    }
  | { status: 'invalid' }
  | { status: 'limited'; retryAfterSeconds: number };

/**
 * What the public verification page says about a receipt's QR code: genuine with masked
 * details, or invalid for a code Loket did not sign (guessed, altered, truncated) or for a
 * number it never issued. No login; limited per client address.
 */
export async function verifyReceipt(input: {
  code: string;
  ipAddress: string;
  now?: Date;
}): Promise<ReceiptVerification> {
  const limit = await consumeRateLimit(
    `receipt-verify:ip:${input.ipAddress}`,
    VERIFY_LIMIT,
    input.now,
  );
  if (!limit.allowed) return { status: 'limited', retryAfterSeconds: limit.retryAfterSeconds };
  const number = readReceiptCode(input.code);
  if (!number) return { status: 'invalid' };
  const row = await db.receipt.findUnique({
    where: { number },
    include: { transaction: { select: { status: true } } },
  });
  if (!row) return { status: 'invalid' };
  const data = receiptDataSchema.parse(JSON.parse(row.data));
  return {
    status: 'genuine',
    number,
    biller: { nameId: data.biller.nameId, nameEn: data.biller.nameEn },
    customerNo: maskCustomerNo(data.customerNo),
    total: data.total,
    paidAt: new Date(data.paidAt),
    payment: row.transaction.status === 'REFUNDED' ? 'REFUNDED' : 'PAID',
  };
}
