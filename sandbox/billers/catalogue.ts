import { bpjsProduct } from './products/bpjs';
import { mobilePrepaidProducts } from './products/mobile-prepaid';
import { plnProducts } from './products/pln';
import type { Product } from './products/product';
import { telecomProducts } from './products/telecom';
import { ticketProducts } from './products/tickets';
import { waterProducts } from './products/water';

// Every product code the switch knows (docs/sandbox.md lists them); Loket seeds the same codes.
const PRODUCTS = new Map(
  [
    ...plnProducts,
    ...waterProducts,
    ...telecomProducts,
    ...mobilePrepaidProducts,
    bpjsProduct,
    ...ticketProducts,
  ].map((product) => [product.code, product]),
);

export function findProduct(code: string): Product | undefined {
  return PRODUCTS.get(code);
}
