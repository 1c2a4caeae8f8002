// QRIS codes as the gateway hands them to Loket: EMVCo merchant-presented TLV (tag, 2-digit
// length, value), ending in tag 63, a CRC-16/CCITT-FALSE over everything before it including
// "6304". Loket checks a code before showing it: a damaged code is refused by every wallet app.

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection) over the UTF-8 bytes. */
export function crc16ccittFalse(input: string): number {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(input)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

const crcHex = (input: string) =>
  crc16ccittFalse(input).toString(16).toUpperCase().padStart(4, '0');

export type Qris = {
  initiation: 'STATIC' | 'DYNAMIC';
  /** The national merchant id (15 characters) of the ID.CO.QRIS.WWW merchant account. */
  nmid: string;
  merchantCategoryCode: string;
  /** Whole rupiah; a static code has none and the payer types it. */
  amount?: number;
  merchantName: string;
  merchantCity: string;
  /** Tag 62, sub-tag 05: the reference label (the gateway puts its charge id there). */
  reference?: string;
  /** Every top-level tag and its value, for what the fields above do not name. */
  tags: Record<string, string>;
};

export type QrisProblem = 'MALFORMED' | 'BAD_CRC' | 'INVALID_FIELD';

export type QrisReading =
  { ok: true; qris: Qris } | { ok: false; problem: QrisProblem; tag?: string };

/** Splits a TLV string; undefined when a length runs past the end or a tag is not 2 digits. */
function readTlv(data: string): Map<string, string> | undefined {
  const tags = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const tag = data.slice(at, at + 2);
    const length = data.slice(at + 2, at + 4);
    if (!/^\d{2}$/.test(tag) || !/^\d{2}$/.test(length)) return undefined;
    const end = at + 4 + Number(length);
    if (end > data.length || tags.has(tag)) return undefined;
    tags.set(tag, data.slice(at + 4, end));
    at = end;
  }
  return tags;
}

/** The QRIS merchant account (any of tags 26-51 holding ID.CO.QRIS.WWW) and its NMID. */
function qrisNmid(tags: Map<string, string>): string | undefined {
  for (let tag = 26; tag <= 51; tag++) {
    const account = readTlv(tags.get(String(tag)) ?? '');
    if (account?.get('00') === 'ID.CO.QRIS.WWW' && account.get('02')?.length === 15) {
      return account.get('02');
    }
  }
  return undefined;
}

// Rupiah have no minor unit in practice: "50000" or "50000.00".
const AMOUNT = /^\d{1,13}(\.00?)?$/;

export function parseQris(payload: string): QrisReading {
  const code = payload.trim();
  const crcAt = code.length - 4;
  if (crcAt < 4 || code.slice(crcAt - 4, crcAt) !== '6304')
    return { ok: false, problem: 'MALFORMED', tag: '63' };
  if (crcHex(code.slice(0, crcAt)) !== code.slice(crcAt).toUpperCase()) {
    return { ok: false, problem: 'BAD_CRC', tag: '63' };
  }
  const tags = readTlv(code.slice(0, crcAt - 4));
  if (!tags) return { ok: false, problem: 'MALFORMED' };
  const invalid = (tag: string) => ({ ok: false, problem: 'INVALID_FIELD', tag }) as const;
  if (!code.startsWith('000201')) return invalid('00');
  const initiation = tags.get('01');
  if (initiation !== '11' && initiation !== '12') return invalid('01');
  const nmid = qrisNmid(tags);
  if (!nmid) return invalid('51');
  const mcc = tags.get('52') ?? '';
  if (!/^\d{4}$/.test(mcc)) return invalid('52');
  if (tags.get('53') !== '360') return invalid('53');
  const amount = tags.get('54');
  if (amount !== undefined && (!AMOUNT.test(amount) || Number(amount) <= 0)) return invalid('54');
  if (initiation === '12' && amount === undefined) return invalid('54');
  if (tags.get('58') !== 'ID') return invalid('58');
  const merchantName = tags.get('59') ?? '';
  if (merchantName.length < 1 || merchantName.length > 25) return invalid('59');
  const merchantCity = tags.get('60') ?? '';
  if (merchantCity.length < 1 || merchantCity.length > 15) return invalid('60');
  const additional = tags.has('62') ? readTlv(tags.get('62') ?? '') : new Map<string, string>();
  if (!additional) return invalid('62');
  return {
    ok: true,
    qris: {
      initiation: initiation === '11' ? 'STATIC' : 'DYNAMIC',
      nmid,
      merchantCategoryCode: mcc,
      amount: amount === undefined ? undefined : Number(amount),
      merchantName,
      merchantCity,
      reference: additional.get('05'),
      tags: Object.fromEntries(tags),
    },
  };
}

export const isValidQris = (payload: string) => parseQris(payload).ok;
