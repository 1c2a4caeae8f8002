import type { ReferenceRule } from './rules';

// How the customer-number field looks for a rule. Keys are in the `reference` namespace.

export type ReferenceInput = {
  labelKey: string;
  hintKey: string;
  /** ICU parameters of the hint (PDAM: the utility's number length). */
  hintParams?: Record<string, number>;
  placeholder: string;
  inputMode: 'numeric' | 'tel' | 'text';
  /** Room for the separators people type (spaces, dashes), not the normalised length. */
  maxLength: number;
};

export function referenceInput(rule: ReferenceRule): ReferenceInput {
  switch (rule.kind) {
    case 'pln-prepaid':
      return field('plnPrepaid', '14234567890', 'numeric', 16);
    case 'pln-postpaid':
      return field('plnPostpaid', '532110987654', 'numeric', 16);
    case 'pdam':
      return {
        ...field('pdam', exampleDigits(rule.length), 'numeric', rule.length + 6),
        hintParams: { length: rule.length },
      };
    case 'mobile':
      return field('mobile', '0812 3456 7890', 'tel', 20);
    case 'telkom':
      return field('telkom', '122334455667', 'tel', 20);
    case 'bpjs':
      return field('bpjs', '8888801234567890', 'numeric', 20);
    case 'kai-booking':
      return field('kaiBooking', 'K7XB2PQ', 'text', 10);
    case 'event-ticket':
      return field('eventTicket', 'TIXAB12C34', 'text', 14);
  }
}

function field(
  name: string,
  placeholder: string,
  inputMode: ReferenceInput['inputMode'],
  maxLength: number,
): ReferenceInput {
  return {
    labelKey: `labels.${name}`,
    hintKey: `hints.${name}`,
    placeholder,
    inputMode,
    maxLength,
  };
}

function exampleDigits(length: number): string {
  return Array.from({ length }, (_, index) => String((index + 1) % 10)).join('');
}
