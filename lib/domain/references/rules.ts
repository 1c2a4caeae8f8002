import { z } from 'zod';
import { checkByKind } from './checks';
import type { OperatorCode, OperatorPrefixTable } from './operators';

// How a biller's customer number (meter number, phone number, booking code...) is checked.
// Stored per biller in the database as JSON, parsed with referenceRuleSchema.

export type ReferenceRule =
  | { kind: 'pln-prepaid' } // 11-digit meter number or 12-digit IDPEL
  | { kind: 'pln-postpaid' } // 12-digit IDPEL
  | { kind: 'pdam'; length: number } // per water utility, e.g. Bandung 8, Surabaya 10, Jakarta 9
  | { kind: 'mobile' } // +62 / 62 / 0 normalised to 08..., 10-13 digits, operator by prefix
  | { kind: 'telkom' } // IndiHome 12 digits, or landline 0 + area code + number, 9-13 digits
  | { kind: 'bpjs' } // 16 digits starting with 88888 (family virtual account)
  | { kind: 'kai-booking' } // 7 uppercase letters and digits
  | { kind: 'event-ticket' }; // 'TIX' + 7 uppercase letters and digits

export type ReferenceKind = ReferenceRule['kind'];

export const PDAM_MIN_LENGTH = 4;
export const PDAM_MAX_LENGTH = 20;

export const referenceRuleSchema: z.ZodType<ReferenceRule> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pln-prepaid') }),
  z.object({ kind: z.literal('pln-postpaid') }),
  z.object({
    kind: z.literal('pdam'),
    length: z.number().int().min(PDAM_MIN_LENGTH).max(PDAM_MAX_LENGTH),
  }),
  z.object({ kind: z.literal('mobile') }),
  z.object({ kind: z.literal('telkom') }),
  z.object({ kind: z.literal('bpjs') }),
  z.object({ kind: z.literal('kai-booking') }),
  z.object({ kind: z.literal('event-ticket') }),
]);

export type ReferenceError = {
  /** A message key in the `reference` namespace, e.g. `errors.plnPrepaidLength`. */
  key: string;
  params?: Record<string, string | number>;
};

export type ReferenceCheck =
  | {
      ok: true;
      /** Normalised: digits only, uppercase codes, mobile numbers as 08... */
      value: string;
      operator?: OperatorCode;
    }
  | { ok: false; error: ReferenceError };

/** Checks and normalises what the customer typed. `prefixes` is only used by mobile rules. */
export function checkReference(
  rule: ReferenceRule,
  raw: string,
  prefixes: OperatorPrefixTable,
): ReferenceCheck {
  return checkByKind(rule, raw, prefixes);
}

export { referenceInput, type ReferenceInput } from './input';
