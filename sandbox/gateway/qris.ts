// The gateway's dynamic QRIS codes: EMVCo merchant-presented TLV ending in a CRC-16/CCITT-FALSE.

const MERCHANT = {
  name: 'LOKET PPOB',
  city: 'JAKARTA',
  postalCode: '10110',
  // Utilities (electricity, gas, water).
  mcc: '4900',
  nmid: 'ID1026123456789',
};

const tlv = (tag: string, value: string) =>
  `${tag}${String(value.length).padStart(2, '0')}${value}`;

function crc16(input: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(input, 'utf8')) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** A dynamic code for one charge: the amount in tag 54, the charge id in tag 62's reference label. */
export function dynamicQris(amount: number, reference: string): string {
  const body = [
    tlv('00', '01'),
    tlv('01', '12'),
    tlv('26', tlv('00', 'ID.CO.SANDBOXPAY.WWW') + tlv('02', 'LOKET0001') + tlv('03', 'UME')),
    tlv('51', tlv('00', 'ID.CO.QRIS.WWW') + tlv('02', MERCHANT.nmid) + tlv('03', 'UME')),
    tlv('52', MERCHANT.mcc),
    tlv('53', '360'),
    tlv('54', String(amount)),
    tlv('58', 'ID'),
    tlv('59', MERCHANT.name),
    tlv('60', MERCHANT.city),
    tlv('61', MERCHANT.postalCode),
    tlv('62', tlv('05', reference)),
  ].join('');
  return `${body}6304${crc16(`${body}6304`)}`;
}

function fields(data: string): Map<string, string> | undefined {
  const found = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const tag = data.slice(at, at + 2);
    const length = Number(data.slice(at + 2, at + 4));
    if (!/^\d{2}$/.test(tag) || !/^\d{2}$/.test(data.slice(at + 2, at + 4))) return undefined;
    if (at + 4 + length > data.length) return undefined;
    found.set(tag, data.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return found;
}

/** What a scanning app reads from a code: refused unless the CRC and the layout hold. */
export function scanQris(
  payload: string,
): { ok: true; reference: string; amount: number } | { ok: false; error: string } {
  const code = payload.trim();
  const crcAt = code.length - 4;
  if (code.slice(crcAt - 4, crcAt) !== '6304') return { ok: false, error: 'no CRC (tag 63)' };
  if (crc16(code.slice(0, crcAt)) !== code.slice(crcAt).toUpperCase()) {
    return { ok: false, error: 'CRC does not match' };
  }
  const top = fields(code.slice(0, crcAt - 4));
  if (!top || top.get('00') !== '01') return { ok: false, error: 'not an EMVCo QR payload' };
  const reference = fields(top.get('62') ?? '')?.get('05');
  const amount = top.get('54');
  if (!reference || !amount || !/^\d+$/.test(amount)) {
    return { ok: false, error: 'not a dynamic code of this gateway' };
  }
  return { ok: true, reference, amount: Number(amount) };
}
