// The bill categories Loket serves, in the order people look for them.
export const BILL_CATEGORIES = [
  { key: 'electricity', icon: '⚡' },
  { key: 'water', icon: '💧' },
  { key: 'phone', icon: '📱' },
  { key: 'internet', icon: '📶' },
  { key: 'insurance', icon: '🏥' },
  { key: 'tickets', icon: '🎫' },
] as const;

export type BillCategoryKey = (typeof BILL_CATEGORIES)[number]['key'];
