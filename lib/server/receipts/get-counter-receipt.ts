import 'server-only';
import { db } from '@/lib/db';
import { receiptDataSchema, type ReceiptView } from '@/lib/domain/receipt';
import type { Actor } from '../actor';
import { reprintLimit, requireCounterSale } from './counter-receipt-access';
import { receiptVerifyUrl } from './sign-receipt';

export type CounterReceipt = {
  receipt: ReceiptView;
  outlet: { name: string; address: string };
  prints: { original: boolean; customerCopy: boolean; reprints: number; reprintLimit: number };
};

/** A counter sale's receipt for printing at the outlet, with what has been printed of it. */
export async function getCounterReceipt(input: {
  actor: Actor | null;
  transactionId: string;
}): Promise<CounterReceipt> {
  const { member, sale } = await requireCounterSale(input.actor, input.transactionId);
  const [row, prints, limit] = await Promise.all([
    db.receipt.findUniqueOrThrow({ where: { transactionId: sale.id } }),
    db.receiptPrint.groupBy({
      by: ['kind'],
      where: { transactionId: sale.id },
      _count: { _all: true },
    }),
    reprintLimit(),
  ]);
  const count = (kind: string) => prints.find((p) => p.kind === kind)?._count._all ?? 0;
  return {
    receipt: {
      number: row.number,
      issuedAt: row.issuedAt.toISOString(),
      data: receiptDataSchema.parse(JSON.parse(row.data)),
      verifyUrl: receiptVerifyUrl(row.number),
    },
    outlet: { name: member.outlet.name, address: member.outlet.address },
    prints: {
      original: count('ORIGINAL') > 0,
      customerCopy: count('CUSTOMER_COPY') > 0,
      reprints: count('REPRINT'),
      reprintLimit: limit,
    },
  };
}
