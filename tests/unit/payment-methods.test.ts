import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  isPaymentChannel,
  methodFee,
  methodOfChannel,
  paymentOptions,
} from '@/lib/domain/payment-methods';

describe('methodFee', () => {
  it('charges a flat fee for virtual accounts', () => {
    for (const bank of CHANNELS.VA) expect(methodFee(bank, 215_000)).toBe(4_000);
  });

  it('rounds percentage fees up to the next whole rupiah', () => {
    expect(methodFee('CARD', 100_000)).toBe(2_000 + 2_900);
    expect(methodFee('CARD', 100_001)).toBe(2_000 + 2_901);
    expect(methodFee('QRIS', 102_500)).toBe(718);
    expect(methodFee('GOPAY', 1)).toBe(1);
    expect(methodFee('GOPAY', 0)).toBe(0);
  });

  it('refuses amounts that are not whole rupiah', () => {
    expect(() => methodFee('CARD', 10.5)).toThrow(RangeError);
    expect(() => methodFee('CARD', -1)).toThrow(RangeError);
  });
});

describe('channels', () => {
  it('knows which method a channel belongs to', () => {
    expect(methodOfChannel('BCA')).toBe('VA');
    expect(methodOfChannel('CARD')).toBe('CARD');
    expect(methodOfChannel('QRIS')).toBe('EWALLET');
    expect(isPaymentChannel('BCA')).toBe(true);
    expect(isPaymentChannel('JENIUS')).toBe(false);
  });
});

describe('paymentOptions', () => {
  it('lists every channel with its fee and an exact total', () => {
    const options = paymentOptions(100_000);
    expect(options).toHaveLength(11);
    expect(options.find((o) => o.channel === 'BCA')).toEqual({
      method: 'VA',
      channel: 'BCA',
      fee: 4_000,
      total: 104_000,
    });
    for (const option of options) expect(option.total).toBe(100_000 + option.fee);
  });
});
