import type { Ledger } from './ledger';
import { magicMonths, magicRefusal } from './magic';
import type { Customer, Product } from './products/product';

type Bill =
  | { rc: '00'; customer: Customer; inquiry: Record<string, unknown>; due?: number }
  | { rc: '14' | '54' | '60' };

/** Postpaid bills are marked paid under this key; prepaid purchases have none. */
export const billKeyOf = (product: Product, customerNo: string) =>
  product.kind === 'bill' ? `${product.code}:${customerNo}` : undefined;

/** Who the customer is and what they owe, as an inquiry answers it; `due` is what to pay. */
export function lookUpBill(product: Product, customerNo: string, ledger: Ledger): Bill {
  if (!product.accepts(customerNo)) return { rc: '14' };
  const refusal = magicRefusal(customerNo);
  if (refusal) return { rc: refusal };
  const billKey = billKeyOf(product, customerNo);
  if (billKey && ledger.paidBills.has(billKey)) return { rc: '54' };
  const customer = product.describe(customerNo, magicMonths(customerNo));
  const amount = customer.periods.reduce((sum, period) => sum + period.amount, 0);
  const penalty = customer.periods.reduce((sum, period) => sum + period.penalty, 0);
  return {
    rc: '00',
    customer,
    inquiry: {
      customerName: customer.name,
      customerNo,
      details: customer.details,
      periods: customer.periods,
      amount,
      penalty,
    },
    due: product.kind === 'bill' ? amount + penalty : product.faceValue,
  };
}
