import { faultRoutes } from '../fault-routes';
import { sendJson, type Route } from '../http';
import { faultRequest } from './faults';
import type { BillerSwitch } from './switch';

// The sandbox-only control API (no signature): inject faults, read what the switch recorded.
export function controlRoutes({ faults, ledger }: BillerSwitch): Route[] {
  return [
    ...faultRoutes('/control/billers/faults', faultRequest, faults),
    {
      method: 'GET',
      path: '/control/billers/transactions/:refId',
      handler(_request, response, { refId = '' }) {
        const record = ledger.records.get(refId);
        if (!record) return sendJson(response, 404, { error: 'not_found', refId });
        sendJson(response, 200, record);
      },
    },
  ];
}
