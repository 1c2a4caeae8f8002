import { randomInt } from 'node:crypto';
import type { Bank } from './channels';

// Virtual account numbers: the bank's prefix (made up) and a unique part, to the bank's length.
const VA_FORMATS: Record<Bank, { prefix: string; length: number }> = {
  BCA: { prefix: '39358', length: 16 },
  BNI: { prefix: '8808', length: 12 },
  BRI: { prefix: '26215', length: 18 },
  MANDIRI: { prefix: '88608', length: 16 },
  PERMATA: { prefix: '8778', length: 12 },
};

/** A number never handed out before (`taken` says which were). */
export function newVaNumber(bank: Bank, taken: (number: string) => boolean): string {
  const { prefix, length } = VA_FORMATS[bank];
  for (;;) {
    let number = prefix;
    while (number.length < length) number += String(randomInt(10));
    if (!taken(number)) return number;
  }
}
