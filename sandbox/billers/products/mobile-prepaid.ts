import { operatorOf, type Operator } from './operators';
import type { Product } from './product';

// Phone credit and data packages: `{OP}{N}` (N thousand rupiah) and `{OP}D{G}` (G GB, 30 days).
// The switch checks that the number belongs to the product's operator.

const OPERATORS: { code: string; operator: Operator }[] = [
  { code: 'TSEL', operator: 'TELKOMSEL' },
  { code: 'ISAT', operator: 'INDOSAT' },
  { code: 'XL', operator: 'XL' },
  { code: 'AXIS', operator: 'AXIS' },
  { code: 'TRI', operator: 'TRI' },
  { code: 'SMART', operator: 'SMARTFREN' },
];

const CREDIT_THOUSANDS = [5, 10, 25, 50, 100];
const DATA_PACKAGES = [
  { gb: 2, price: 25_000 },
  { gb: 5, price: 50_000 },
  { gb: 10, price: 80_000 },
  { gb: 25, price: 150_000 },
];

export const mobilePrepaidProducts: Product[] = OPERATORS.flatMap(({ code, operator }) => {
  const prepaid = (productCode: string, faceValue: number): Product => ({
    code: productCode,
    kind: 'prepaid',
    faceValue,
    accepts: (customerNo) => operatorOf(customerNo) === operator,
    describe: () => ({ name: '', details: { operator }, periods: [] }),
  });
  return [
    ...CREDIT_THOUSANDS.map((thousands) => prepaid(`${code}${thousands}`, thousands * 1_000)),
    ...DATA_PACKAGES.map(({ gb, price }) => prepaid(`${code}D${gb}`, price)),
  ];
});
