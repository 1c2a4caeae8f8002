import type { Rupiah } from './money';

// How a customer can pay, and what each way costs them on top of the bill and admin fee. Fees
// are shown before the customer chooses; percentages round up to the next whole rupiah.

export const PAYMENT_METHODS = ['VA', 'CARD', 'EWALLET'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const CHANNELS = {
  VA: ['BCA', 'BNI', 'BRI', 'MANDIRI', 'PERMATA'],
  CARD: ['CARD'],
  EWALLET: ['QRIS', 'GOPAY', 'OVO', 'DANA', 'SHOPEEPAY'],
} as const satisfies Record<PaymentMethod, readonly string[]>;

export type PaymentChannel = (typeof CHANNELS)[PaymentMethod][number];

type FeeRule = { flat: Rupiah; perMille: number };

const FEES: Record<PaymentChannel, FeeRule> = {
  BCA: { flat: 4_000, perMille: 0 },
  BNI: { flat: 4_000, perMille: 0 },
  BRI: { flat: 4_000, perMille: 0 },
  MANDIRI: { flat: 4_000, perMille: 0 },
  PERMATA: { flat: 4_000, perMille: 0 },
  CARD: { flat: 2_000, perMille: 29 },
  QRIS: { flat: 0, perMille: 7 },
  GOPAY: { flat: 0, perMille: 15 },
  OVO: { flat: 0, perMille: 15 },
  DANA: { flat: 0, perMille: 15 },
  SHOPEEPAY: { flat: 0, perMille: 15 },
};

export function methodOfChannel(channel: PaymentChannel): PaymentMethod {
  const method = PAYMENT_METHODS.find((m) => (CHANNELS[m] as readonly string[]).includes(channel));
  if (!method) throw new RangeError(`Unknown payment channel ${channel}`);
  return method;
}

export function isPaymentChannel(value: string): value is PaymentChannel {
  return PAYMENT_METHODS.some((m) => (CHANNELS[m] as readonly string[]).includes(value));
}

/** The fee for paying `base` rupiah through `channel`, in whole rupiah (integer arithmetic only). */
export function methodFee(channel: PaymentChannel, base: Rupiah): Rupiah {
  if (!Number.isSafeInteger(base) || base < 0)
    throw new RangeError(`Not a payable amount: ${base}`);
  const rule = FEES[channel];
  return rule.flat + Math.ceil((base * rule.perMille) / 1000);
}

export type PaymentOption = {
  method: PaymentMethod;
  channel: PaymentChannel;
  fee: Rupiah;
  total: Rupiah;
};

/** Every way to pay `base` (bill + admin fee), with its fee and the exact total. */
export function paymentOptions(base: Rupiah): PaymentOption[] {
  return PAYMENT_METHODS.flatMap((method) =>
    CHANNELS[method].map((channel) => {
      const fee = methodFee(channel, base);
      return { method, channel, fee, total: base + fee };
    }),
  );
}
