import { z } from 'zod';

// Mobile operators and their number prefixes. The prefix table is data (operators merge and
// re-number): it is seeded from prisma/data/operator-prefixes.json, stored in the database and
// passed in, never imported here.

export const OPERATOR_CODES = ['TELKOMSEL', 'INDOSAT', 'XL', 'AXIS', 'TRI', 'SMARTFREN'] as const;
export type OperatorCode = (typeof OPERATOR_CODES)[number];

export type OperatorPrefixTable = ReadonlyArray<{ prefix: string; operator: OperatorCode }>;

export const operatorCodeSchema = z.enum(OPERATOR_CODES);

export const operatorPrefixTableSchema = z
  .array(
    z.object({
      prefix: z.string().regex(/^08\d{1,4}$/),
      operator: operatorCodeSchema,
    }),
  )
  .refine((rows) => new Set(rows.map((row) => row.prefix)).size === rows.length, {
    message: 'Duplicate prefix',
  });

export function isOperatorCode(value: unknown): value is OperatorCode {
  return OPERATOR_CODES.some((code) => code === value);
}

const PRODUCT_PREFIX: Record<OperatorCode, string> = {
  TELKOMSEL: 'TSEL',
  INDOSAT: 'ISAT',
  XL: 'XL',
  AXIS: 'AXIS',
  TRI: 'TRI',
  SMARTFREN: 'SMART',
};

const DISPLAY_NAME: Record<OperatorCode, string> = {
  TELKOMSEL: 'Telkomsel',
  INDOSAT: 'Indosat Ooredoo',
  XL: 'XL Axiata',
  AXIS: 'AXIS',
  TRI: 'Tri',
  SMARTFREN: 'Smartfren',
};

/** The start of the operator's product codes: TSEL in TSEL25, SMART in SMARTD5. */
export function operatorProductPrefix(operator: OperatorCode): string {
  return PRODUCT_PREFIX[operator];
}

/** The operator's brand as people know it (a proper name, the same in every language). */
export function operatorName(operator: OperatorCode): string {
  return DISPLAY_NAME[operator];
}

export const MOBILE_MIN_DIGITS = 10;
export const MOBILE_MAX_DIGITS = 13;

export type MobileNumberParse =
  { ok: true; local: string } | { ok: false; reason: 'empty' | 'notDigits' | 'notIndonesian' };

const SEPARATORS = /[\s\-.()]/g;

/**
 * The number in its local 08... form, length not checked (checkReference tells too short from
 * too long). Accepts +62 / 62 / 0, separators (spaces, dashes, dots, brackets) and the written
 * "+62 (0)812..." form.
 */
export function parseMobileNumber(raw: string): MobileNumberParse {
  const compact = raw.replace(SEPARATORS, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  if (!/^\+?\d+$/.test(compact)) return { ok: false, reason: 'notDigits' };
  let national: string;
  if (compact.startsWith('+62')) national = compact.slice(3);
  else if (compact.startsWith('+')) return { ok: false, reason: 'notIndonesian' };
  else if (compact.startsWith('62')) national = compact.slice(2);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else return { ok: false, reason: 'notIndonesian' };
  if (national.startsWith('08') && !compact.startsWith('0')) national = national.slice(1);
  if (!national.startsWith('8')) return { ok: false, reason: 'notIndonesian' };
  return { ok: true, local: `0${national}` };
}

/** +62 812-3456-7890, 62812..., 0812 3456 7890 → 081234567890; null unless a 10-13 digit 08... number. */
export function normalizeMobileNumber(raw: string): string | null {
  const parsed = parseMobileNumber(raw);
  if (!parsed.ok) return null;
  const { length } = parsed.local;
  return length >= MOBILE_MIN_DIGITS && length <= MOBILE_MAX_DIGITS ? parsed.local : null;
}

/** The operator of a normalised 08... number; the longest matching prefix wins. */
export function detectOperator(
  normalised: string,
  table: OperatorPrefixTable,
): OperatorCode | null {
  let best: { prefix: string; operator: OperatorCode } | null = null;
  for (const row of table) {
    if (normalised.startsWith(row.prefix) && (!best || row.prefix.length > best.prefix.length)) {
      best = row;
    }
  }
  return best?.operator ?? null;
}
