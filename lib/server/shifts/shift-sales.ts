import 'server-only';
import { db, type DbTransaction } from '@/lib/db';
import { amountToCollect } from '@/lib/domain/counter';
import type { Locale } from '@/lib/domain/locale';
import type { ReportSale } from '@/lib/domain/shift-report';
import type { TransactionStatus } from '@/lib/domain/transaction-state';

/** Counter transactions that never took cash: answered inquiries, and ones that lapsed. */
export const NOT_A_SALE: TransactionStatus[] = ['INQUIRED', 'AWAITING_PAYMENT', 'EXPIRED'];

export type SaleRow = ReportSale & {
  id: string;
  shiftId: string;
  createdAt: Date;
  customerNo: string;
  customerName: string;
  productName: string | null;
  /** What the customer handed over for the sale: its total plus the biaya loket. */
  toCollect: number;
  receiptNumber: string | null;
  cashierName: string;
};

/** The sales of some shifts, newest first, with what reports and the counter show of them. */
export async function loadShiftSales(
  shiftIds: string[],
  locale: Locale,
  options: { take?: number } = {},
  client: DbTransaction | typeof db = db,
): Promise<SaleRow[]> {
  if (shiftIds.length === 0) return [];
  const rows = await client.transaction.findMany({
    where: { shiftId: { in: shiftIds }, status: { notIn: NOT_A_SALE } },
    orderBy: { createdAt: 'desc' },
    take: options.take ?? 2000,
    select: {
      id: true,
      shiftId: true,
      createdAt: true,
      status: true,
      customerNo: true,
      customerName: true,
      totalAmount: true,
      outletMarkup: true,
      commission: true,
      cashReceived: true,
      biller: { select: { code: true, nameId: true, nameEn: true } },
      product: { select: { nameId: true, nameEn: true } },
      receipt: { select: { number: true } },
      user: { select: { name: true } },
    },
  });
  const name = (row: { nameId: string; nameEn: string }) =>
    locale === 'id' ? row.nameId : row.nameEn;
  return rows.map((row) => ({
    id: row.id,
    shiftId: row.shiftId ?? '',
    createdAt: row.createdAt,
    status: row.status,
    customerNo: row.customerNo,
    customerName: row.customerName,
    totalAmount: row.totalAmount,
    outletMarkup: row.outletMarkup,
    commission: row.commission,
    cashReceived: row.cashReceived,
    billerCode: row.biller.code,
    billerName: name(row.biller),
    productName: row.product ? name(row.product) : null,
    toCollect: amountToCollect(row),
    receiptNumber: row.receipt?.number ?? null,
    cashierName: row.user.name,
  }));
}
