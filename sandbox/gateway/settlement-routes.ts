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
import { hasServerKey } from './auth';
import type { Charge } from './charge';
import type { Gateway } from './gateway';

export const GATEWAY_SETTLEMENT_COLUMNS = [
  'type',
  'reference',
  'charge_id',
  'order_id',
  'channel',
  'gross_amount',
  'fee',
  'net_amount',
  'settled_at',
] as const;

/** What the gateway keeps of a payment: a flat fee for virtual accounts, 2% for the rest. */
const feeOf = (charge: Charge) =>
  charge.method === 'VA' ? 4_000 : Math.round(charge.amount * 0.02);

function rowsOf(charges: readonly Charge[], date: string): SettlementRow[] {
  const rows: SettlementRow[] = [];
  for (const charge of charges) {
    const common = { charge_id: charge.id, order_id: charge.orderId, channel: charge.channel };
    if (charge.paidAt && wibDay(charge.paidAt) === date) {
      const fee = feeOf(charge);
      rows.push({
        type: 'PAYMENT',
        reference: charge.id,
        ...common,
        gross_amount: charge.amount,
        fee,
        net_amount: charge.amount - fee,
        settled_at: charge.paidAt,
      });
    }
    for (const refund of charge.refunds) {
      if (wibDay(refund.createdAt) !== date) continue;
      rows.push({
        type: 'REFUND',
        reference: refund.refundId,
        ...common,
        gross_amount: refund.amount,
        fee: 0,
        net_amount: -refund.amount,
        settled_at: refund.createdAt,
      });
    }
  }
  return rows;
}

/**
 * `GET /gateway/settlement?date=YYYY-MM-DD` (server key): the charges paid and the refunds made
 * that WIB day as CSV, with whatever the control API planted for that day.
 */
export function settlementRoutes(gateway: Gateway, options: { key: string }): Route[] {
  const plants = createPlantStore();
  return [
    {
      method: 'GET',
      path: '/gateway/settlement',
      handler(request, response) {
        if (!hasServerKey(request.headers, options.key)) {
          return sendJson(response, 401, {
            error: 'unauthorized',
            message: 'missing or wrong server key',
          });
        }
        const date = settlementDay(request.url);
        if (!date) {
          const message = 'date must be a day as YYYY-MM-DD';
          return sendJson(response, 400, { error: 'invalid_request', message });
        }
        const rows = plants.apply(date, rowsOf(gateway.all(), date), 'reference', 'gross_amount');
        sendCsv(
          response,
          `gateway-settlement-${date}.csv`,
          toCsv(GATEWAY_SETTLEMENT_COLUMNS, rows),
        );
      },
    },
    ...plantRoutes('gateway', plants),
  ];
}
