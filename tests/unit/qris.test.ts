import { describe, expect, it } from 'vitest';
import { crc16ccittFalse, isValidQris, parseQris } from '@/lib/domain/qris';

// A dynamic code as the sandbox gateway issues it; its CRC (447E) was checked with another
// CRC-16/CCITT-FALSE implementation.
const GATEWAY_CODE =
  '00020101021226440020ID.CO.SANDBOXPAY.WWW0209LOKET00010303UME51440014ID.CO.QRIS.WWW' +
  '0215ID10261234567890303UME5204490053033605405500005802ID5910LOKET PPOB6007JAKARTA' +
  '61051011062270523ch_157ac5eac4dd9ee91c186304447E';

const tlv = (tag: string, value: string) =>
  `${tag}${String(value.length).padStart(2, '0')}${value}`;

function withCrc(body: string): string {
  const crc = crc16ccittFalse(`${body}6304`).toString(16).toUpperCase().padStart(4, '0');
  return `${body}6304${crc}`;
}

// Tags in order; an override replaces a value, null leaves the tag out. (A plain object would
// put "51" before "00": integer-like keys come first.)
function code(overrides: Record<string, string | null> = {}): string {
  const tags: [string, string][] = [
    ['00', '01'],
    ['01', '12'],
    ['51', tlv('00', 'ID.CO.QRIS.WWW') + tlv('02', 'ID1020012345678') + tlv('03', 'UMI')],
    ['52', '5999'],
    ['53', '360'],
    ['54', '125000'],
    ['58', 'ID'],
    ['59', 'TOKO UJI'],
    ['60', 'BANDUNG'],
    ['62', tlv('05', 'REF-42')],
  ];
  return withCrc(
    tags
      .map(([tag, value]): [string, string | null] => [
        tag,
        overrides[tag] === undefined ? value : overrides[tag],
      ])
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .map(([tag, value]) => tlv(tag, value))
      .join(''),
  );
}

describe('crc16ccittFalse', () => {
  it('matches the published check value', () => {
    expect(crc16ccittFalse('123456789')).toBe(0x29b1);
  });

  it('is 0xFFFF for nothing', () => {
    expect(crc16ccittFalse('')).toBe(0xffff);
  });
});

describe('parseQris', () => {
  it('reads a gateway code', () => {
    const reading = parseQris(GATEWAY_CODE);
    expect(reading).toEqual({
      ok: true,
      qris: expect.objectContaining({
        initiation: 'DYNAMIC',
        nmid: 'ID1026123456789',
        merchantCategoryCode: '4900',
        amount: 50_000,
        merchantName: 'LOKET PPOB',
        merchantCity: 'JAKARTA',
        reference: 'ch_157ac5eac4dd9ee91c18',
      }),
    });
    expect(isValidQris(GATEWAY_CODE)).toBe(true);
  });

  it('reads a code it generated, and a static one without an amount', () => {
    expect(parseQris(code())).toMatchObject({
      ok: true,
      qris: { amount: 125_000, reference: 'REF-42' },
    });
    expect(parseQris(code({ '01': '11', '54': null }))).toMatchObject({
      ok: true,
      qris: { initiation: 'STATIC', amount: undefined },
    });
    expect(parseQris(code({ '54': '125000.00' }))).toMatchObject({
      ok: true,
      qris: { amount: 125_000 },
    });
  });

  it('accepts a lower-case CRC and surrounding blanks', () => {
    expect(isValidQris(` ${GATEWAY_CODE.slice(0, -4)}447e\n`)).toBe(true);
  });

  it('refuses a code whose content or CRC was changed', () => {
    expect(parseQris(GATEWAY_CODE.replace('5405500005802', '5405900005802'))).toEqual({
      ok: false,
      problem: 'BAD_CRC',
      tag: '63',
    });
    expect(parseQris(`${GATEWAY_CODE.slice(0, -4)}447F`)).toMatchObject({ problem: 'BAD_CRC' });
    expect(parseQris(GATEWAY_CODE.slice(0, -8))).toMatchObject({ problem: 'MALFORMED', tag: '63' });
    expect(isValidQris('')).toBe(false);
  });

  it('refuses broken TLV even with a matching CRC', () => {
    expect(parseQris(withCrc('000201010212529'))).toEqual({ ok: false, problem: 'MALFORMED' });
  });

  it('names the field that breaks the QRIS rules', () => {
    const cases: [Record<string, string | null>, string][] = [
      [{ '00': '02' }, '00'],
      [{ '01': '13' }, '01'],
      [{ '51': tlv('00', 'ID.CO.OTHER.WWW') + tlv('02', 'ID1020012345678') }, '51'],
      [{ '51': tlv('00', 'ID.CO.QRIS.WWW') + tlv('02', 'ID10200') }, '51'],
      [{ '52': '59' }, '52'],
      [{ '53': '840' }, '53'],
      [{ '54': null }, '54'],
      [{ '54': '12,50' }, '54'],
      [{ '54': '0' }, '54'],
      [{ '58': 'SG' }, '58'],
      [{ '59': '' }, '59'],
      [{ '60': 'A CITY FAR TOO LONG' }, '60'],
      [{ '62': '05' }, '62'],
    ];
    for (const [overrides, tag] of cases) {
      expect(parseQris(code(overrides)), JSON.stringify(overrides)).toEqual({
        ok: false,
        problem: 'INVALID_FIELD',
        tag,
      });
    }
  });
});
