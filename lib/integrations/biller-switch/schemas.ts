import { z } from 'zod';

// The shapes of the switch's answers. Anything else is a bad response, never a guess.

const rupiah = z.number().int().min(0);

const envelope = z.object({
  rc: z.string().min(1),
  message: z.string().default(''),
  refId: z.string().default(''),
});

export const inquiryAnswer = envelope.extend({
  inquiry: z
    .object({
      customerName: z.string(),
      customerNo: z.string(),
      details: z.record(z.string(), z.union([z.string(), z.number()])),
      periods: z.array(z.object({ period: z.string(), amount: rupiah, penalty: rupiah })),
      amount: rupiah,
      penalty: rupiah,
    })
    .optional(),
});

export const paymentAnswer = envelope.extend({
  payment: z
    .object({
      billerRef: z.string().min(1),
      token: z.string().optional(),
      kwh: z.number().nonnegative().optional(),
      paidAt: z.string().optional(),
    })
    .optional(),
});

export const reversalAnswer = envelope;

export type Envelope = z.infer<typeof envelope>;
