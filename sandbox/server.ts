import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

const startedAt = new Date();

// Billers, the payment gateway and the mail inbox register their routes here as they arrive.
const routes: Record<string, Route> = {
  'GET /health': (_request, response) =>
    sendJson(response, 200, {
      status: 'ok',
      service: 'loket-sandbox',
      startedAt: startedAt.toISOString(),
      parts: { billerSwitch: 'planned', paymentGateway: 'planned', mail: 'planned' },
    }),
};

export function createSandboxServer(): Server {
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://sandbox').pathname;
    const route = routes[`${request.method} ${path}`];
    if (!route) {
      sendJson(response, 404, { error: 'not_found', path });
      return;
    }
    Promise.resolve(route(request, response)).catch((error: unknown) => {
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
