import { createHash } from 'node:crypto';
import { monthlyBills, type Customer, type Product } from './product';
import { personName, seedOf, type Seed } from './seed';

// PLN electricity: prepaid tokens (bought by meter number or IDPEL) and postpaid bills.

// R1/1300 is listed twice: it is the most common household connection.
const TARIFFS = [
  { tariff: 'R1', powerVa: 900, pricePerKwh: 1_352 },
  { tariff: 'R1', powerVa: 1_300, pricePerKwh: 1_444.7 },
  { tariff: 'R1', powerVa: 1_300, pricePerKwh: 1_444.7 },
  { tariff: 'R1', powerVa: 2_200, pricePerKwh: 1_444.7 },
  { tariff: 'R2', powerVa: 3_500, pricePerKwh: 1_699.53 },
  { tariff: 'R3', powerVa: 6_600, pricePerKwh: 1_699.53 },
  { tariff: 'B1', powerVa: 2_200, pricePerKwh: 1_444.7 },
] as const;

// Street-lighting tax (PPJ) withheld from a token purchase; it varies by region, 3% here.
const PPJ_RATE = 0.03;

const tariffOf = (seed: Seed) => seed.pick(0, TARIFFS);
const lateFee = (powerVa: number) => (powerVa <= 900 ? 3_000 : powerVa <= 2_200 ? 5_000 : 10_000);

/** A meter number and an IDPEL that name the same customer share their last 9 digits. */
function prepaidCustomer(customerNo: string): Customer {
  const core = customerNo.slice(-9);
  const seed = seedOf('PLNPRE', core);
  const { tariff, powerVa } = tariffOf(seed);
  return {
    name: personName(seed),
    details: {
      meterNo: customerNo.length === 11 ? customerNo : `14${core}`,
      idpel: customerNo.length === 12 ? customerNo : `532${core}`,
      tariff,
      powerVa,
    },
    periods: [],
  };
}

function voucher(faceValue: number) {
  return (customer: Customer, refId: string) => {
    const rate = TARIFFS.find(
      (entry) =>
        entry.tariff === customer.details.tariff && entry.powerVa === customer.details.powerVa,
    );
    const digest = createHash('sha256').update(`token:${refId}`).digest('hex');
    const token = (BigInt(`0x${digest}`) % 10n ** 20n).toString().padStart(20, '0');
    const taxed = faceValue - Math.round(faceValue * PPJ_RATE);
    const kwh = Math.round((taxed / (rate?.pricePerKwh ?? TARIFFS[1].pricePerKwh)) * 100) / 100;
    return { token, kwh };
  };
}

const acceptsPrepaid = (customerNo: string) => /^\d{11,12}$/.test(customerNo);

const plnPrepaid: Product[] = [
  { code: 'PLNPRE', kind: 'prepaid', accepts: acceptsPrepaid, describe: prepaidCustomer },
  ...[20, 50, 100, 200, 500, 1_000].map((thousands): Product => ({
    code: `PLNPRE${thousands}`,
    kind: 'prepaid',
    faceValue: thousands * 1_000,
    accepts: acceptsPrepaid,
    describe: prepaidCustomer,
    voucher: voucher(thousands * 1_000),
  })),
];

const plnPostpaid: Product = {
  code: 'PLNPOST',
  kind: 'bill',
  accepts: (customerNo) => /^\d{12}$/.test(customerNo),
  describe(customerNo, months = 1) {
    const seed = seedOf('PLNPOST', customerNo);
    const { tariff, powerVa, pricePerKwh } = tariffOf(seed);
    const usage = Array.from({ length: months }, (_, index) => seed.int(1 + index, 90, 450));
    const start = seed.int(5, 10_000, 90_000);
    const end = start + usage.reduce((sum, kwh) => sum + kwh, 0);
    const pad = (value: number) => String(value).padStart(8, '0');
    return {
      name: personName(seed),
      details: { tariff, powerVa, standMeter: `${pad(end - (usage.at(-1) ?? 0))}-${pad(end)}` },
      periods: monthlyBills(
        months,
        (index) => Math.round((usage[index] ?? 0) * pricePerKwh),
        lateFee(powerVa),
      ),
    };
  },
};

export const plnProducts: Product[] = [...plnPrepaid, plnPostpaid];
