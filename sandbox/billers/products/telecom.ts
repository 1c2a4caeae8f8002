import { operatorOf, type Operator } from './operators';
import { monthlyBills, roundTo, type Customer, type Product } from './product';
import { personName, seedOf } from './seed';

// Postpaid telecom bills: Telkom (IndiHome or a landline) and mobile postpaid plans.

const INDIHOME_PLANS = [
  { speed: '30 Mbps', monthly: 265_000 },
  { speed: '50 Mbps', monthly: 325_000 },
  { speed: '100 Mbps', monthly: 415_000 },
];

const LATE_FEE = 5_000;

const telkom: Product = {
  code: 'TELKOM',
  kind: 'bill',
  // A 12-digit IndiHome number, or a landline: 0, area code and number, 9 to 13 digits.
  accepts: (customerNo) => /^\d{12}$/.test(customerNo) || /^0\d{8,12}$/.test(customerNo),
  describe(customerNo, months = 1) {
    const seed = seedOf('TELKOM', customerNo);
    const landline = customerNo.startsWith('0');
    const indiHome = seed.pick(1, INDIHOME_PLANS);
    const monthly = landline ? roundTo(seed.int(1, 45_000, 150_000), 100) : indiHome.monthly;
    const details: Customer['details'] = landline
      ? { service: 'Telepon rumah' }
      : { service: 'IndiHome', speed: indiHome.speed };
    return {
      name: personName(seed),
      details,
      periods: monthlyBills(months, () => monthly, LATE_FEE),
    };
  },
};

const MOBILE_PLANS: { code: string; operator: Operator }[] = [
  { code: 'HALO', operator: 'TELKOMSEL' },
  { code: 'MATRIX', operator: 'INDOSAT' },
  { code: 'XLPASCA', operator: 'XL' },
];

const mobilePostpaid: Product[] = MOBILE_PLANS.map(({ code, operator }) => ({
  code,
  kind: 'bill',
  accepts: (customerNo) => operatorOf(customerNo) === operator,
  describe(customerNo, months = 1) {
    const seed = seedOf(code, customerNo);
    return {
      name: personName(seed),
      details: { operator },
      periods: monthlyBills(
        months,
        (index) => roundTo(seed.int(1 + index, 75_000, 350_000), 100),
        LATE_FEE,
      ),
    };
  },
}));

export const telecomProducts: Product[] = [telkom, ...mobilePostpaid];
