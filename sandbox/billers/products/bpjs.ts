import { monthlyBills, type Product } from './product';
import { personName, seedOf } from './seed';

// BPJS Kesehatan: one family virtual account (88888 + 11 digits) pays for every participant.

const MONTHLY_PER_PARTICIPANT = [35_000, 100_000, 150_000]; // class III (after subsidy), II, I
const LATE_FEE = 5_000;

export const bpjsProduct: Product = {
  code: 'BPJSKS',
  kind: 'bill',
  accepts: (customerNo) => /^88888\d{11}$/.test(customerNo),
  describe(customerNo, months = 1) {
    const seed = seedOf('BPJSKS', customerNo);
    const participants = seed.int(1, 1, 5);
    const monthly = participants * seed.pick(2, MONTHLY_PER_PARTICIPANT);
    return {
      name: personName(seed),
      details: { participants, months },
      periods: monthlyBills(months, () => monthly, LATE_FEE),
    };
  },
};
