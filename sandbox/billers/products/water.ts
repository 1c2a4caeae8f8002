import { monthlyBills, type Product } from './product';
import { personName, seedOf } from './seed';

// PDAM water utilities: each has its own product code and customer number length, and the
// switch only takes the whole bill (every period owed) in one payment.

const UTILITIES = [
  {
    code: 'PDAMBDG',
    digits: 8,
    city: 'Bandung',
    streets: ['Jl. Dago', 'Jl. Riau', 'Jl. Cihampelas', 'Jl. Buah Batu', 'Jl. Pasteur'],
    pricePerM3: 5_500,
  },
  {
    code: 'PDAMSBY',
    digits: 10,
    city: 'Surabaya',
    streets: ['Jl. Darmo', 'Jl. Kertajaya', 'Jl. Ngagel', 'Jl. Rungkut Asri', 'Jl. Manyar'],
    pricePerM3: 4_600,
  },
  {
    code: 'PDAMJKT',
    digits: 9,
    city: 'Jakarta',
    streets: ['Jl. Kebon Sirih', 'Jl. Tebet Raya', 'Jl. Kemang Raya', 'Jl. Pramuka', 'Jl. Cikini'],
    pricePerM3: 7_450,
  },
];

const FIXED_CHARGE = 10_000;
const LATE_FEE = 10_000;

export const waterProducts: Product[] = UTILITIES.map((utility) => ({
  code: utility.code,
  kind: 'bill',
  accepts: (customerNo) => new RegExp(`^\\d{${utility.digits}}$`).test(customerNo),
  describe(customerNo, forcedMonths) {
    const seed = seedOf(utility.code, customerNo);
    // One customer in four is a month behind: the switch wants both months paid together.
    const months = forcedMonths ?? (seed.int(0, 0, 3) === 0 ? 2 : 1);
    const usage = Array.from({ length: months }, (_, index) => seed.int(1 + index, 8, 45));
    return {
      name: personName(seed),
      details: {
        address: `${seed.pick(6, utility.streets)} No. ${seed.int(7, 1, 250)}, ${utility.city}`,
        usageM3: usage.at(-1) ?? 0,
      },
      periods: monthlyBills(
        months,
        (index) => (usage[index] ?? 0) * utility.pricePerM3 + FIXED_CHARGE,
        LATE_FEE,
      ),
    };
  },
}));
