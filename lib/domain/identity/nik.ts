// NIK (Nomor Induk Kependudukan): 16 digits = province (2), regency (2), district (2), birth
// date DDMMYY with 40 added to the day for women, and a serial (4). Pure rules for the
// automatic checks before an admin looks at a KTP.

// Province codes in use on KTPs, including the Papua provinces created in 2022.
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
  '97',
]);

export type Sex = 'MALE' | 'FEMALE';

export type NikCheck =
  | { ok: true; nik: string; province: string; birthDate: string; sex: Sex }
  | {
      ok: false;
      error:
        | 'nikLength'
        | 'nikDigits'
        | 'nikProvince'
        | 'nikDate'
        | 'nikBirthDateMismatch'
        | 'nikSerial';
    };

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Checks a NIK against the birth date the person typed (YYYY-MM-DD). The NIK holds only a
 * two-digit year, so the typed date supplies the century.
 */
export function checkNik(raw: string, birthDate: string): NikCheck {
  const nik = raw.replace(/[\s.-]/g, '');
  if (!/^\d*$/.test(nik)) return { ok: false, error: 'nikDigits' };
  if (nik.length !== 16) return { ok: false, error: 'nikLength' };
  const province = nik.slice(0, 2);
  if (!PROVINCES.has(province)) return { ok: false, error: 'nikProvince' };
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const sex: Sex = rawDay > 40 ? 'FEMALE' : 'MALE';
  const day = sex === 'FEMALE' ? rawDay - 40 : rawDay;
  const typed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!typed) return { ok: false, error: 'nikBirthDateMismatch' };
  const [, year, typedMonth, typedDay] = typed.map(Number) as [number, number, number, number];
  if (!isRealDate(year - (year % 100) + yy, month, day)) return { ok: false, error: 'nikDate' };
  if (year % 100 !== yy || typedMonth !== month || typedDay !== day) {
    return { ok: false, error: 'nikBirthDateMismatch' };
  }
  if (nik.slice(12) === '0000') return { ok: false, error: 'nikSerial' };
  return { ok: true, nik, province, birthDate, sex };
}

/** 3201********0001: enough to recognise one's own NIK, too little to misuse it. */
export function maskNik(nik: string): string {
  return `${nik.slice(0, 4)}${'*'.repeat(Math.max(0, nik.length - 8))}${nik.slice(-4)}`;
}
