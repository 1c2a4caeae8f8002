// The bill categories Loket serves, in the order people look for them. The slug is what URLs
// and message keys use; the code is the database's.
export const BILL_CATEGORIES = [
  'electricity',
  'water',
  'phone',
  'internet',
  'insurance',
  'tickets',
] as const;

export type BillCategoryKey = (typeof BILL_CATEGORIES)[number];
export type BillerCategoryCode =
  'ELECTRICITY' | 'WATER' | 'PHONE' | 'INTERNET' | 'INSURANCE' | 'TICKETS';

export function categoryCode(slug: BillCategoryKey): BillerCategoryCode {
  return slug.toUpperCase() as BillerCategoryCode;
}

export function categorySlug(code: BillerCategoryCode): BillCategoryKey {
  return code.toLowerCase() as BillCategoryKey;
}

export function isCategorySlug(value: string): value is BillCategoryKey {
  return (BILL_CATEGORIES as readonly string[]).includes(value);
}
