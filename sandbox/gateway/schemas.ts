import { z } from 'zod';
import {
  ALL_CHANNELS,
  DEFAULT_EXPIRY_SECONDS,
  isChannelOf,
  METHODS,
  QRIS_MAX_AMOUNT,
} from './channels';

// The merchant API's request bodies (docs/gateway.md). Unknown fields are refused, so a
// merchant that sends what the gateway would ignore (a card number, say) hears about it.

const reference = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, '1-64 of [A-Za-z0-9_.:-]');
const webUrl = z.url({ protocol: /^https?$/ });

export const createChargeBody = z
  .strictObject({
    orderId: reference,
    amount: z.number().int().min(1).max(1_000_000_000),
    currency: z.literal('IDR'),
    method: z.enum(METHODS),
    channel: z.enum(ALL_CHANNELS),
    expiresInSeconds: z.number().int().min(1).optional(),
    returnUrl: webUrl.optional(),
    notifyUrl: webUrl.optional(),
    customer: z
      .strictObject({ name: z.string().trim().min(1).max(100), email: z.email() })
      .optional(),
  })
  .refine((body) => isChannelOf(body.method, body.channel), {
    message: 'this channel does not belong to this method',
    path: ['channel'],
  })
  .superRefine((body, context) => {
    const longest = DEFAULT_EXPIRY_SECONDS[body.method];
    if ((body.expiresInSeconds ?? 0) > longest) {
      context.addIssue({
        code: 'custom',
        message: `at most ${longest} for ${body.method}`,
        path: ['expiresInSeconds'],
      });
    }
  })
  .refine((body) => body.channel !== 'QRIS' || body.amount <= QRIS_MAX_AMOUNT, {
    message: `QRIS takes at most ${QRIS_MAX_AMOUNT}`,
    path: ['amount'],
  });

export type CreateChargeBody = z.infer<typeof createChargeBody>;

export const refundBody = z.strictObject({
  refundId: reference,
  amount: z.number().int().min(1),
  reason: z.string().trim().min(1).max(200),
});

export type RefundBody = z.infer<typeof refundBody>;

export function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
