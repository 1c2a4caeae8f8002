import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { RECEIPT_NUMBER } from '@/lib/domain/receipt';
import { env } from '@/lib/env';

// The code in a receipt's QR: `<number>.<mac>`, the MAC an HMAC-SHA256 of the number under
// RECEIPT_SIGNING_KEY, cut to 16 bytes, in base64url. Anyone may read the number; only Loket can
// make a MAC that fits it, so a guessed or altered code is refused.

const MAC_BYTES = 16;
const MAC_CHARS = Math.ceil((MAC_BYTES * 4) / 3);
const MAC = new RegExp(`^[A-Za-z0-9_-]{${MAC_CHARS}}$`);

const signingKey = () => Buffer.from(env.RECEIPT_SIGNING_KEY, 'base64');

const macOf = (number: string, key: Buffer) =>
  createHmac('sha256', key).update(number, 'utf8').digest().subarray(0, MAC_BYTES);

export function receiptCode(number: string, key: Buffer = signingKey()): string {
  if (!RECEIPT_NUMBER.test(number)) throw new RangeError(`Not a receipt number: ${number}`);
  return `${number}.${macOf(number, key).toString('base64url')}`;
}

/** The receipt number a code vouches for, or null when the code is not one Loket signed. */
export function readReceiptCode(code: string, key: Buffer = signingKey()): string | null {
  if (code.length > 100) return null;
  const dot = code.lastIndexOf('.');
  const number = code.slice(0, dot);
  const mac = code.slice(dot + 1);
  if (dot < 0 || !RECEIPT_NUMBER.test(number) || !MAC.test(mac)) return null;
  const given = Buffer.from(mac, 'base64url');
  // base64url of 16 bytes has 22 characters whose last carries 4 spare bits: only the canonical
  // spelling is accepted, so one receipt has exactly one valid code.
  if (given.length !== MAC_BYTES || given.toString('base64url') !== mac) return null;
  return timingSafeEqual(given, macOf(number, key)) ? number : null;
}

/** The public page a receipt's QR code opens. */
export const receiptVerifyUrl = (number: string): string =>
  new URL(`/verify/${receiptCode(number)}`, env.APP_URL).toString();
