// The bill categories Loket serves, in the order people look for them.
export const BILL_CATEGORIES = [
  'electricity',
  'water',
  'phone',
  'internet',
  'insurance',
  'tickets',
] as const;

export type BillCategoryKey = (typeof BILL_CATEGORIES)[number];
