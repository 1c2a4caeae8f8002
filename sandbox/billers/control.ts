import { readBody, sendJson, type Route } from '../http';
import { faultRequest } from './faults';
import type { BillerSwitch } from './switch';

// The sandbox-only control API (no signature): inject faults, read what the switch recorded.
export function controlRoutes({ faults, ledger }: BillerSwitch): Route[] {
  return [
    {
      method: 'POST',
      path: '/control/billers/faults',
      async handler(request, response) {
        let json: unknown;
        try {
          json = JSON.parse((await readBody(request)) ?? '');
        } catch {
          return sendJson(response, 400, { error: 'invalid_json' });
        }
        const parsed = faultRequest.safeParse(json);
        if (!parsed.success) {
          const issues = parsed.error.issues.map(
            (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
          );
          return sendJson(response, 400, { error: 'invalid_fault', issues });
        }
        sendJson(response, 201, { id: faults.add(parsed.data).id });
      },
    },
    {
      method: 'GET',
      path: '/control/billers/faults',
      handler: (_request, response) => sendJson(response, 200, { faults: faults.list() }),
    },
    {
      method: 'DELETE',
      path: '/control/billers/faults',
      handler(_request, response) {
        const cleared = faults.list().length;
        faults.clear();
        sendJson(response, 200, { cleared });
      },
    },
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
