import { amountToCollect, keepsCash, type ShiftSale } from './counter';
import type { Rupiah } from './money';
import type { TransactionStatus } from './transaction-state';

// What a shift's sales add up to, for the shift report and the daily recap.

export type ReportSale = ShiftSale & {
  billerCode: string;
  billerName: string;
  commission: Rupiah;
};

export type StatusTotals = { status: TransactionStatus; count: number; amount: Rupiah };

export type BillerTotals = {
  code: string;
  name: string;
  count: number;
  amount: Rupiah;
  markup: Rupiah;
  commission: Rupiah;
};

export type ShiftSummary = {
  byStatus: StatusTotals[];
  byBiller: BillerTotals[];
  /** Cash taken for sales that kept it (successful, pending or still at the biller). */
  collected: Rupiah;
  salesCount: number;
  /** Earned on successful sales only: a pending sale may still fail and hand its cash back. */
  commission: Rupiah;
  markup: Rupiah;
  pendingCount: number;
  failedCount: number;
};

const STATUS_ORDER: readonly TransactionStatus[] = [
  'SUCCESS',
  'PENDING_BILLER',
  'PROCESSING',
  'PAID',
  'FAILED',
  'REFUNDED',
];

export function summariseShift(sales: readonly ReportSale[]): ShiftSummary {
  const byStatus = new Map<TransactionStatus, StatusTotals>();
  const byBiller = new Map<string, BillerTotals>();
  let collected = 0;
  let commission = 0;
  let markup = 0;
  for (const sale of sales) {
    const amount = amountToCollect(sale);
    const status = byStatus.get(sale.status) ?? { status: sale.status, count: 0, amount: 0 };
    status.count += 1;
    status.amount += amount;
    byStatus.set(sale.status, status);
    if (!keepsCash(sale)) continue;
    collected += amount;
    const biller = byBiller.get(sale.billerCode) ?? {
      code: sale.billerCode,
      name: sale.billerName,
      count: 0,
      amount: 0,
      markup: 0,
      commission: 0,
    };
    biller.count += 1;
    biller.amount += amount;
    if (sale.status === 'SUCCESS') {
      biller.markup += sale.outletMarkup;
      biller.commission += sale.commission;
      markup += sale.outletMarkup;
      commission += sale.commission;
    }
    byBiller.set(sale.billerCode, biller);
  }
  const rank = (status: TransactionStatus) => {
    const index = STATUS_ORDER.indexOf(status);
    return index === -1 ? STATUS_ORDER.length : index;
  };
  return {
    byStatus: [...byStatus.values()].sort((a, b) => rank(a.status) - rank(b.status)),
    byBiller: [...byBiller.values()].sort((a, b) => b.amount - a.amount),
    collected,
    salesCount: sales.filter(keepsCash).length,
    commission,
    markup,
    pendingCount: sales.filter((s) => s.status === 'PENDING_BILLER' || s.status === 'PROCESSING')
      .length,
    failedCount: sales.filter((s) => s.status === 'FAILED').length,
  };
}

export type SaleStatusKey = 'success' | 'pending' | 'failed' | 'refunded' | 'open';

/** The badge a counter sale shows: a key of the `counter.status` messages and its colour. */
export function saleStatus(status: TransactionStatus): {
  key: SaleStatusKey;
  tone: 'success' | 'warning' | 'danger' | 'neutral';
} {
  switch (status) {
    case 'SUCCESS':
      return { key: 'success', tone: 'success' };
    case 'PAID':
    case 'PROCESSING':
    case 'PENDING_BILLER':
      return { key: 'pending', tone: 'warning' };
    case 'FAILED':
      return { key: 'failed', tone: 'danger' };
    case 'REFUNDED':
      return { key: 'refunded', tone: 'neutral' };
    default:
      return { key: 'open', tone: 'neutral' };
  }
}
