// Rupiah amounts are whole numbers: IDR has no minor unit in practice, and floats lose money.
export type Rupiah = number;

export function isRupiah(value: unknown): value is Rupiah {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function assertRupiah(value: unknown): Rupiah {
  if (!isRupiah(value)) throw new RangeError(`Not a whole rupiah amount: ${String(value)}`);
  return value;
}

const groupDigits = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0, useGrouping: true });

/** Rp150.000 (the Indonesian way: dot groups, no space, no decimals), -Rp5.000 when negative. */
export function formatRupiah(amount: Rupiah): string {
  assertRupiah(amount);
  const digits = groupDigits.format(Math.abs(amount));
  return `${amount < 0 ? '-' : ''}Rp${digits}`;
}
