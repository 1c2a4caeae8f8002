import type { IncomingHttpHeaders } from 'node:http';
import { sendJson, type Route } from '../http';
import {
  createPlantStore,
  plantRoutes,
  sendCsv,
  settlementDay,
  toCsv,
  wibDay,
  type SettlementRow,
} from '../settlement';
import type { Ledger } from './ledger';

export const BILLER_SETTLEMENT_COLUMNS = [
  'switch_ref',
  'biller_ref',
  'customer_no',
  'product',
  'amount',
  'paid_at',
] as const;

function rowsOf(ledger: Ledger, date: string): SettlementRow[] {
  const rows: SettlementRow[] = [];
  for (const record of ledger.records.values()) {
    if (record.kind !== 'payment' || record.status !== 'success' || !record.receipt) continue;
    if (wibDay(record.receipt.paidAt) !== date) continue;
    rows.push({
      switch_ref: record.refId,
      biller_ref: record.receipt.billerRef,
      customer_no: record.customerNo,
      product: record.productCode,
      amount: record.amount,
      paid_at: record.receipt.paidAt,
    });
  }
  return rows;
}

/**
 * `GET /h2h/settlement?date=YYYY-MM-DD` (signed like every switch request, over the empty body):
 * the payments the switch settled that WIB day as CSV, with the day's planted differences.
 */
export function settlementRoutes(
  ledger: Ledger,
  verify: (headers: IncomingHttpHeaders, rawBody: string) => string | null,
): Route[] {
  const plants = createPlantStore();
  return [
    {
      method: 'GET',
      path: '/h2h/settlement',
      handler(request, response) {
        const refusal = verify(request.headers, '');
        if (refusal) {
          return sendJson(response, 401, { rc: '41', message: `BAD SIGNATURE: ${refusal}` });
        }
        const date = settlementDay(request.url);
        if (!date) return sendJson(response, 400, { rc: '40', message: 'BAD DATE: YYYY-MM-DD' });
        const rows = plants.apply(date, rowsOf(ledger, date), 'switch_ref', 'amount');
        sendCsv(response, `biller-settlement-${date}.csv`, toCsv(BILLER_SETTLEMENT_COLUMNS, rows));
      },
    },
    ...plantRoutes('billers', plants),
  ];
}
