import { createServer, type Server } from 'node:http';
import { createBillerSwitchRoutes } from './billers/routes';
import type { SandboxConfig } from './config';
import { findRoute, sendJson, type Route } from './http';

// Every part keeps its state inside the server it belongs to, so tests can run several sandboxes.
export function createSandboxServer(config: SandboxConfig): Server {
  const startedAt = new Date();
  const routes: Route[] = [
    {
      method: 'GET',
      path: '/health',
      handler: (_request, response) =>
        sendJson(response, 200, {
          status: 'ok',
          service: 'loket-sandbox',
          startedAt: startedAt.toISOString(),
          parts: { billerSwitch: 'up', paymentGateway: 'planned', mail: 'planned' },
        }),
    },
    ...createBillerSwitchRoutes({ key: config.SANDBOX_BILLER_KEY, slowMs: config.SANDBOX_SLOW_MS }),
  ];

  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://sandbox').pathname;
    const found = findRoute(routes, request.method ?? 'GET', path);
    if (!found) {
      sendJson(response, 404, { error: 'not_found', path });
      return;
    }
    Promise.resolve(found.handler(request, response, found.params)).catch((error: unknown) => {
      console.error(
        JSON.stringify({
          level: 'error',
          message: 'sandbox route failed',
          path,
          error: String(error),
        }),
      );
      if (!response.headersSent) sendJson(response, 500, { error: 'internal' });
    });
  });
}
