import { sendJson, type Handler, type Route } from '../http';
import { hasServerKey } from './auth';
import { chargeView } from './charge';
import type { Gateway } from './gateway';
import { createChargeBody, issuesOf, refundBody } from './schemas';
import { baseUrlOf, header, readJson } from './web';

// The merchant API: create and read charges, refund them. Every request carries the server key.
export function apiRoutes(gateway: Gateway, options: { key: string; publicUrl?: string }): Route[] {
  const authorized =
    (handler: Handler): Handler =>
    (request, response, params) => {
      if (hasServerKey(request.headers, options.key)) return handler(request, response, params);
      sendJson(response, 401, { error: 'unauthorized', message: 'missing or wrong server key' });
    };

  return [
    {
      method: 'POST',
      path: '/gateway/charges',
      handler: authorized(async (request, response) => {
        const key = header(request, 'idempotency-key');
        const json = await readJson(request);
        if (!key || key.length > 255) {
          const message = 'an Idempotency-Key header of 1-255 characters is required';
          return sendJson(response, 400, { error: 'missing_idempotency_key', message });
        }
        if (!json.ok) return sendJson(response, 400, { error: 'invalid_json' });
        const parsed = createChargeBody.safeParse(json.value);
        if (!parsed.success) {
          return sendJson(response, 400, {
            error: 'invalid_request',
            issues: issuesOf(parsed.error),
          });
        }
        const created = gateway.create(parsed.data, key, baseUrlOf(request, options.publicUrl));
        if (!created.ok) {
          const message = 'this Idempotency-Key was used with a different request';
          return sendJson(response, 409, { error: 'idempotency_conflict', message });
        }
        sendJson(response, created.replayed ? 200 : 201, chargeView(created.charge));
      }),
    },
    {
      method: 'GET',
      path: '/gateway/charges/:id',
      handler: authorized((_request, response, { id = '' }) => {
        const charge = gateway.find(id);
        if (!charge) return sendJson(response, 404, { error: 'not_found', id });
        sendJson(response, 200, chargeView(charge));
      }),
    },
    {
      method: 'POST',
      path: '/gateway/charges/:id/refunds',
      handler: authorized(async (request, response, { id = '' }) => {
        const json = await readJson(request);
        const charge = gateway.find(id);
        if (!charge) return sendJson(response, 404, { error: 'not_found', id });
        if (!json.ok) return sendJson(response, 400, { error: 'invalid_json' });
        const parsed = refundBody.safeParse(json.value);
        if (!parsed.success) {
          return sendJson(response, 400, {
            error: 'invalid_request',
            issues: issuesOf(parsed.error),
          });
        }
        const result = gateway.refund(charge, parsed.data);
        if (!result.ok) {
          return sendJson(response, result.status, {
            error: result.error,
            message: result.message,
          });
        }
        sendJson(response, result.replayed ? 200 : 201, { chargeId: charge.id, ...result.refund });
      }),
    },
  ];
}
