import type { Rupiah } from './money';

// The counter screen's keyboard: which biller a key picks, how the denomination list moves, and
// the cash keys. Browser-reserved keys are avoided: Alt+digit switches tabs on Linux and F5
// reloads, so billers sit on F1-F4 and on the digits typed into the empty biller field.

/** The billers a counter sells most, first in the picker and on F1-F4, in this order. */
export const PREFERRED_BILLERS = ['PLN_PREPAID', 'PLN_POSTPAID', 'PDAM_BDG', 'MOBILE_CREDIT'];

export const FUNCTION_KEYS = ['F1', 'F2', 'F3', 'F4'] as const;

/** How many billers get a number shortcut (1-9) in the picker. */
export const NUMBERED_BILLERS = 9;

/** The preferred billers first (in their order), then the rest as the catalogue sorts them. */
export function orderCounterBillers<T extends { code: string }>(billers: readonly T[]): T[] {
  const rank = (code: string) => {
    const index = PREFERRED_BILLERS.indexOf(code);
    return index === -1 ? PREFERRED_BILLERS.length : index;
  };
  return billers
    .map((biller, index) => ({ biller, index }))
    .sort((a, b) => rank(a.biller.code) - rank(b.biller.code) || a.index - b.index)
    .map(({ biller }) => biller);
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Billers whose name or code holds every word typed, in the given order. */
export function filterBillers<T extends { code: string; name: string }>(
  billers: readonly T[],
  query: string,
): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...billers];
  return billers.filter((biller) => {
    const haystack = fold(`${biller.name} ${biller.code.replaceAll('_', ' ')}`);
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * The position (0-based) of the biller a key picks: F1-F4 anywhere, or a digit 1-9 typed into
 * the empty biller field. Null for any other key.
 */
export function billerShortcutIndex(
  key: string,
  options: { fieldEmpty: boolean; count: number },
): number | null {
  const fn = (FUNCTION_KEYS as readonly string[]).indexOf(key);
  if (fn !== -1) return fn < options.count ? fn : null;
  if (options.fieldEmpty && /^[1-9]$/.test(key)) {
    const index = Number(key) - 1;
    return index < Math.min(options.count, NUMBERED_BILLERS) ? index : null;
  }
  return null;
}

/** The list position after a key in a list of `count` items: arrows, Home, End and digits 1-9. */
export function listIndexAfterKey(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
  if (/^[1-9]$/.test(key)) {
    const index = Number(key) - 1;
    return index < count ? index : null;
  }
  return null;
}

const roundUpTo = (total: Rupiah, note: Rupiah) => Math.ceil(total / note) * note;

/** Cash keys in the cash field: = exact amount, + up to Rp50.000, * up to Rp100.000. */
export const CASH_KEYS = { '=': 0, '+': 50_000, '*': 100_000 } as const;

/** The cash amount a cash key fills in for a total, or null when the key is not one. */
export function cashForKey(key: string, total: Rupiah): Rupiah | null {
  if (!Object.hasOwn(CASH_KEYS, key)) return null;
  const note = CASH_KEYS[key as keyof typeof CASH_KEYS];
  return note === 0 ? total : roundUpTo(total, note);
}

/** Every shortcut, as the help overlay lists them: keys and the message key of what they do. */
export const COUNTER_SHORTCUTS = [
  { keys: ['F1', 'F2', 'F3', 'F4'], action: 'pickFavourite' },
  { keys: ['1 … 9'], action: 'pickNumbered' },
  { keys: ['↑', '↓'], action: 'moveInList' },
  { keys: ['Enter'], action: 'confirm' },
  { keys: ['Esc'], action: 'back' },
  { keys: ['='], action: 'cashExact' },
  { keys: ['+'], action: 'cashRound50' },
  { keys: ['*'], action: 'cashRound100' },
  { keys: ['N'], action: 'nextCustomer' },
  { keys: ['R'], action: 'reprint' },
  { keys: ['C'], action: 'customerCopy' },
  { keys: ['?'], action: 'help' },
] as const;
