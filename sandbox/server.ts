import { createServer, type Server } from 'node:http';
import { createBillerSwitchRoutes } from './billers/routes';
import type { SandboxConfig } from './config';
import { createGatewayRoutes } from './gateway/routes';
import { findRoute, sendJson, type Route } from './http';
import type { Mail } from './mail';

// Every part keeps its state inside the server it belongs to, so tests can run several sandboxes.
// The mail part also has an SMTP side, which main.ts starts next to this HTTP server.
export function createSandboxServer(config: SandboxConfig, mail: Mail): Server {
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
          parts: { billerSwitch: 'up', paymentGateway: 'up', mail: 'up' },
        }),
    },
    ...createBillerSwitchRoutes({ key: config.SANDBOX_BILLER_KEY, slowMs: config.SANDBOX_SLOW_MS }),
    ...createGatewayRoutes({
      key: config.SANDBOX_GATEWAY_KEY,
      webhookUrl: config.SANDBOX_GATEWAY_WEBHOOK_URL,
      webhookSecret: config.SANDBOX_GATEWAY_WEBHOOK_SECRET,
      retryBaseMs: config.SANDBOX_WEBHOOK_RETRY_BASE_MS,
      maxAttempts: config.SANDBOX_WEBHOOK_MAX_ATTEMPTS,
      publicUrl: config.SANDBOX_PUBLIC_URL,
    }),
    ...mail.routes,
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
