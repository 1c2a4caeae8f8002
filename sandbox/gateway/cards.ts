import { createHmac, randomBytes } from 'node:crypto';
import type { CardSummary } from './charge';

// What the hosted card page checks, and how the sandbox's issuers answer (docs/gateway.md).

export const OTP = '123456';

// The documented test cards. Any other valid number is unknown to the issuers: 14.
const ISSUER_ANSWERS = new Map([
  ['4811111111111114', '00'],
  ['5211111111111117', '00'],
  ['4000000000000002', '05'],
  ['4000000000009995', '51'],
  ['4000000000000069', '54'],
  ['4000000000000119', '91'],
]);

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function brandOf(digits: string): string | undefined {
  if (/^4/.test(digits)) return 'VISA';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return 'MASTERCARD';
  if (/^3[47]/.test(digits)) return 'AMEX';
  if (/^35/.test(digits)) return 'JCB';
  return undefined;
}

/** A card is good through the last day of its expiry month. */
function notExpired(expiry: string, now: Date): boolean {
  const match = /^(0[1-9]|1[0-2])\s*\/\s*(\d{2})$/.exec(expiry);
  if (!match) return false;
  const month = Number(match[1]);
  const year = 2000 + Number(match[2]);
  return year * 12 + month >= now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
}

// Gateways key their card fingerprints with a secret of their own, so a fingerprint cannot be
// turned back into a number by trying them all; the sandbox's is fixed and published.
const FINGERPRINT_KEY = 'sandbox-card-fingerprint-not-a-secret';

/** The same card number always gives the same fingerprint; it never reveals the number. */
export function cardFingerprint(digits: string): string {
  return `fp_${createHmac('sha256', FINGERPRINT_KEY).update(digits).digest('hex').slice(0, 32)}`;
}

/** What the gateway keeps of a card it has read: brand, last four, a one-off token, fingerprint. */
export function cardSummary(digits: string, brand: string): CardSummary {
  return {
    brand,
    last4: digits.slice(-4),
    token: `tok_${randomBytes(12).toString('hex')}`,
    fingerprint: cardFingerprint(digits),
  };
}

type CardForm = { number: string; expiry: string; cvv: string; name: string };

/**
 * Checks the card form and keeps only what the gateway may keep. The number and CVV go no
 * further than this function.
 */
export function readCardForm(
  form: CardForm,
  now: Date,
): { ok: true; card: CardSummary; issuerCode: string } | { ok: false; error: string } {
  const digits = form.number.replace(/[\s-]/g, '');
  const brand = brandOf(digits);
  if (!/^\d{12,19}$/.test(digits) || !luhnValid(digits) || !brand) {
    return { ok: false, error: 'Nomor kartu tidak valid. (Invalid card number.)' };
  }
  if (!notExpired(form.expiry.trim(), now)) {
    return {
      ok: false,
      error: 'Masa berlaku harus MM/YY di masa depan. (Expiry must be MM/YY, not past.)',
    };
  }
  if (!/^\d{3,4}$/.test(form.cvv.trim())) {
    return { ok: false, error: 'CVV harus 3-4 digit. (CVV must be 3-4 digits.)' };
  }
  if (!form.name.trim())
    return { ok: false, error: 'Nama pemegang kartu wajib diisi. (Name required.)' };
  return {
    ok: true,
    card: cardSummary(digits, brand),
    issuerCode: ISSUER_ANSWERS.get(digits) ?? '14',
  };
}
