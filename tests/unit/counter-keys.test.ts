import { describe, expect, it } from 'vitest';
import {
  billerShortcutIndex,
  cashForKey,
  filterBillers,
  listIndexAfterKey,
  orderCounterBillers,
} from '@/lib/domain/counter-keys';

const billers = [
  { code: 'MOBILE_DATA', name: 'Paket Data' },
  { code: 'PDAM_BDG', name: 'PDAM Tirtawening Kota Bandung' },
  { code: 'PLN_POSTPAID', name: 'PLN Tagihan Listrik' },
  { code: 'TELKOM', name: 'Telkom IndiHome' },
  { code: 'PLN_PREPAID', name: 'PLN Token Listrik' },
  { code: 'MOBILE_CREDIT', name: 'Pulsa' },
];

describe('orderCounterBillers', () => {
  it('puts PLN token, PLN bill, PDAM and pulsa first, then the catalogue order', () => {
    expect(orderCounterBillers(billers).map((b) => b.code)).toEqual([
      'PLN_PREPAID',
      'PLN_POSTPAID',
      'PDAM_BDG',
      'MOBILE_CREDIT',
      'MOBILE_DATA',
      'TELKOM',
    ]);
  });
});

describe('filterBillers', () => {
  it('matches every typed word in the name or the code, ignoring case', () => {
    expect(filterBillers(billers, 'pln tok').map((b) => b.code)).toEqual(['PLN_PREPAID']);
    expect(filterBillers(billers, 'PDAM').map((b) => b.code)).toEqual(['PDAM_BDG']);
    expect(filterBillers(billers, 'listrik').map((b) => b.code)).toEqual([
      'PLN_POSTPAID',
      'PLN_PREPAID',
    ]);
    expect(filterBillers(billers, 'mobile credit').map((b) => b.code)).toEqual(['MOBILE_CREDIT']);
    expect(filterBillers(billers, '  ')).toHaveLength(billers.length);
    expect(filterBillers(billers, 'gas')).toEqual([]);
  });
});

describe('billerShortcutIndex', () => {
  it('maps F1-F4 anywhere and digits only in the empty field', () => {
    expect(billerShortcutIndex('F1', { fieldEmpty: false, count: 6 })).toBe(0);
    expect(billerShortcutIndex('F4', { fieldEmpty: false, count: 6 })).toBe(3);
    expect(billerShortcutIndex('F4', { fieldEmpty: false, count: 3 })).toBeNull();
    expect(billerShortcutIndex('F5', { fieldEmpty: true, count: 6 })).toBeNull();
    expect(billerShortcutIndex('3', { fieldEmpty: true, count: 6 })).toBe(2);
    expect(billerShortcutIndex('3', { fieldEmpty: false, count: 6 })).toBeNull();
    expect(billerShortcutIndex('9', { fieldEmpty: true, count: 6 })).toBeNull();
    expect(billerShortcutIndex('0', { fieldEmpty: true, count: 12 })).toBeNull();
    expect(billerShortcutIndex('a', { fieldEmpty: true, count: 6 })).toBeNull();
  });
});

describe('listIndexAfterKey', () => {
  it('moves with arrows within bounds, jumps with Home, End and digits', () => {
    expect(listIndexAfterKey('ArrowDown', 0, 6)).toBe(1);
    expect(listIndexAfterKey('ArrowDown', 5, 6)).toBe(5);
    expect(listIndexAfterKey('ArrowUp', 0, 6)).toBe(0);
    expect(listIndexAfterKey('ArrowUp', 3, 6)).toBe(2);
    expect(listIndexAfterKey('Home', 4, 6)).toBe(0);
    expect(listIndexAfterKey('End', 1, 6)).toBe(5);
    expect(listIndexAfterKey('3', 0, 6)).toBe(2);
    expect(listIndexAfterKey('7', 0, 6)).toBeNull();
    expect(listIndexAfterKey('x', 0, 6)).toBeNull();
    expect(listIndexAfterKey('ArrowDown', 0, 0)).toBeNull();
  });
});

describe('cashForKey', () => {
  it('fills the exact amount or rounds up to the next note', () => {
    expect(cashForKey('=', 54_500)).toBe(54_500);
    expect(cashForKey('+', 54_500)).toBe(100_000);
    expect(cashForKey('+', 122_500)).toBe(150_000);
    expect(cashForKey('*', 122_500)).toBe(200_000);
    expect(cashForKey('+', 150_000)).toBe(150_000);
    expect(cashForKey('5', 54_500)).toBeNull();
    expect(cashForKey('constructor', 54_500)).toBeNull();
  });
});
