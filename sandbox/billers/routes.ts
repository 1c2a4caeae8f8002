import type { ServerResponse } from 'node:http';
import { readBody, sendJson, sendText, type Route } from '../http';
import { controlRoutes } from './control';
import { answer, ENDPOINTS, refIdIn, type Reply } from './protocol';
import { settlementRoutes } from './settlement-routes';
import { createSignatureVerifier } from './signature';
import { createBillerSwitch } from './switch';

const BROKEN_PAGE =
  '<html><head><title>500 Internal Server Error</title></head>' +
  '<body><h1>Internal Server Error</h1></body></html>';

function deliver(response: ServerResponse, reply: Reply): void {
  switch (reply.kind) {
    case 'broken':
      return sendText(response, 500, BROKEN_PAGE);
    case 'silent':
      return;
    case 'json': {
      const { status, body, delayMs } = reply;
      if (!delayMs) return sendJson(response, status, body);
      setTimeout(() => {
        if (!response.destroyed) sendJson(response, status, body);
      }, delayMs);
    }
  }
}

/**
 * The biller switch: `POST /h2h/{inquiry,payment,advice,reversal}`, `GET /h2h/settlement`, plus
 * its control API.
 */
export function createBillerSwitchRoutes(options: { key: string; slowMs: number }): Route[] {
  const billerSwitch = createBillerSwitch(options.slowMs);
  const verify = createSignatureVerifier(new Map([['loket', options.key]]));

  const h2h: Route[] = ENDPOINTS.map((endpoint) => ({
    method: 'POST',
    path: `/h2h/${endpoint}`,
    async handler(request, response) {
      const raw = await readBody(request);
      if (raw === null) return deliver(response, answer('40', '', { message: 'BODY TOO LARGE' }));
      const refusal = verify(request.headers, raw);
      if (refusal) {
        return deliver(
          response,
          answer('41', refIdIn(raw), { message: `BAD SIGNATURE: ${refusal}` }),
        );
      }
      deliver(response, billerSwitch.handle(endpoint, raw));
    },
  }));

  return [...h2h, ...settlementRoutes(billerSwitch.ledger, verify), ...controlRoutes(billerSwitch)];
}
