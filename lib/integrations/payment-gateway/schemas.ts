import { z } from 'zod';
import { readFailureCode } from './response-codes';

// The shapes of the gateway's answers and webhooks. Anything else is a bad response, never a guess.

const rupiah = z.number().int().min(0);
const timestamp = z.iso.datetime({ offset: true });
const status = z.enum(['PENDING', 'PAID', 'EXPIRED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED']);
const method = z.enum(['VA', 'CARD', 'EWALLET']);
const bank = z.enum(['BCA', 'BNI', 'BRI', 'MANDIRI', 'PERMATA']);
const channel = z.enum([...bank.options, 'CARD', 'GOPAY', 'OVO', 'DANA', 'SHOPEEPAY', 'QRIS']);
const card = z.object({
  brand: z.string().min(1),
  last4: z.string().regex(/^\d{4}$/),
  token: z.string().min(1),
  fingerprint: z.string().min(8).max(128).optional(),
});

const withFailureReason = <Data extends { failureCode?: string }>(data: Data) => ({
  ...data,
  failureReason: data.failureCode === undefined ? undefined : readFailureCode(data.failureCode),
});

export const chargeAnswer = z
  .object({
    id: z.string().min(1),
    orderId: z.string(),
    status,
    amount: rupiah,
    currency: z.literal('IDR'),
    method,
    channel,
    createdAt: timestamp,
    expiresAt: timestamp,
    paidAt: timestamp.optional(),
    failureCode: z.string().min(1).optional(),
    va: z.object({ bank, number: z.string().regex(/^\d{6,20}$/) }).optional(),
    actionUrl: z.url().optional(),
    qr: z.object({ string: z.string().min(1), imageUrl: z.url().optional() }).optional(),
    card: card.optional(),
    refundedAmount: rupiah.default(0),
  })
  .transform(withFailureReason);

export const refundAnswer = z.object({
  refundId: z.string().min(1),
  amount: rupiah,
  status: z.literal('SUCCEEDED'),
  createdAt: timestamp,
});

export const errorAnswer = z.object({ error: z.string(), message: z.string().default('') });

const eventData = z.object({
  chargeId: z.string().min(1),
  orderId: z.string(),
  status,
  amount: rupiah,
  currency: z.literal('IDR'),
  method,
  channel,
  paidAt: timestamp.optional(),
  failureCode: z.string().min(1).optional(),
  card: card.optional(),
});

const event = <Type extends string, Data extends z.ZodType>(type: Type, data: Data) =>
  z.object({ id: z.string().min(1), type: z.literal(type), createdAt: timestamp, data });

export const gatewayEvent = z.discriminatedUnion('type', [
  event('charge.paid', eventData.extend({ paidAt: timestamp }).transform(withFailureReason)),
  event('charge.expired', eventData.transform(withFailureReason)),
  event(
    'charge.failed',
    eventData
      .extend({ failureCode: z.string().min(1) })
      .transform((data) => ({ ...data, failureReason: readFailureCode(data.failureCode) })),
  ),
  event(
    'refund.succeeded',
    eventData
      .extend({
        refund: z.object({ refundId: z.string().min(1), amount: rupiah, createdAt: timestamp }),
      })
      .transform(withFailureReason),
  ),
]);
