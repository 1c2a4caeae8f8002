import { faultRoutes } from '../fault-routes';
import { sendJson, type Route } from '../http';
import { cardSummary } from './cards';
import { chargeView } from './charge';
import { faultRequest } from './faults';
import type { Gateway } from './gateway';

// The sandbox-only control API (no key): inject faults, pay or expire a charge as the simulator
// would, read the webhook deliveries.
export function controlRoutes(gateway: Gateway): Route[] {
  const { faults, webhooks } = gateway;
  return [
    ...faultRoutes('/control/gateway/faults', faultRequest, faults),
    {
      method: 'POST',
      path: '/control/gateway/charges/:id/pay',
      handler(_request, response, { id = '' }) {
        const charge = gateway.find(id);
        if (!charge) return sendJson(response, 404, { error: 'not_found', id });
        // As if paid with the approving Visa test card.
        const card = charge.method === 'CARD' ? cardSummary('4811111111111114', 'VISA') : undefined;
        const paid = gateway.pay(charge, card);
        if (!paid.ok) return sendJson(response, 409, { ...paid, status: charge.status });
        sendJson(response, 200, chargeView(charge));
      },
    },
    {
      method: 'POST',
      path: '/control/gateway/charges/:id/expire',
      handler(_request, response, { id = '' }) {
        const charge = gateway.find(id);
        if (!charge) return sendJson(response, 404, { error: 'not_found', id });
        if (!gateway.expireNow(charge)) {
          const message = `the charge is ${charge.status}`;
          return sendJson(response, 409, {
            error: 'charge_not_pending',
            message,
            status: charge.status,
          });
        }
        sendJson(response, 200, chargeView(charge));
      },
    },
    {
      method: 'GET',
      path: '/control/gateway/webhooks',
      handler(request, response) {
        const query = new URL(request.url ?? '/', 'http://sandbox').searchParams;
        const chargeId = query.get('chargeId');
        const orderId = query.get('orderId');
        const deliveries = webhooks
          .list()
          .filter(
            (delivery) =>
              (!chargeId || delivery.chargeId === chargeId) &&
              (!orderId || delivery.orderId === orderId),
          );
        sendJson(response, 200, { deliveries });
      },
    },
  ];
}
