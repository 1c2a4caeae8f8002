// What the switch knows about one product code and the customers behind it.

export type BillPeriod = { period: string; amount: number; penalty: number };

export type Customer = {
  name: string;
  details: Record<string, string | number>;
  periods: BillPeriod[];
};

export type Product = {
  code: string;
  /** prepaid: a face value is bought, nothing is owed; bill: the periods are owed, all of them. */
  kind: 'prepaid' | 'bill';
  /** The price the switch charges for a prepaid product; absent on inquiry-only codes. */
  faceValue?: number;
  accepts(customerNo: string): boolean;
  /** `months` forces how many periods are owed (the "owes 3 months" magic reference). */
  describe(customerNo: string, months?: number): Customer;
  /** What the customer receives for a prepaid purchase, such as a PLN token. */
  voucher?(customer: Customer, refId: string): { token: string; kwh: number };
};

const HOUR_MS = 3_600_000;

/** Now on the Jakarta wall clock (WIB, UTC+7), read through the UTC getters. */
export function jakartaNow(): Date {
  return new Date(Date.now() + 7 * HOUR_MS);
}

/** The last `count` billing months, oldest first; a month is billed once it is over. */
export function recentPeriods(count: number): string[] {
  const now = jakartaNow();
  return Array.from({ length: count }, (_, index) => {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - count + index, 1));
    return `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/** One period per month owed; every month but the latest carries the late penalty. */
export function monthlyBills(
  months: number,
  amountOf: (index: number) => number,
  penalty: number,
): BillPeriod[] {
  return recentPeriods(months).map((period, index) => ({
    period,
    amount: amountOf(index),
    penalty: index < months - 1 ? penalty : 0,
  }));
}

export const roundTo = (value: number, step: number) => Math.round(value / step) * step;
