import type { ServerResponse } from 'node:http';
import { faultRoutes } from '../fault-routes';
import { sendJson, type Route } from '../http';
import { mailFaultRequest, type MailFaults } from './faults';
import { inboxPage, messagePage } from './pages';
import { mailView, type MailStore } from './store';

// The inbox pages for people, and the control API (no key) for tests.

function sendPage(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    // A received message is untrusted HTML: nothing on these pages may run a script.
    'Content-Security-Policy': "script-src 'none'; object-src 'none'; form-action 'none'",
  });
  response.end(html);
}

/** `filename*` carries any name; the plain `filename` is its ASCII fallback. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function mailRoutes(
  { store, faults }: { store: MailStore; faults: MailFaults },
  smtpAddress: string,
): Route[] {
  return [
    {
      method: 'GET',
      path: '/mail',
      handler: (_request, response) =>
        sendPage(response, 200, inboxPage(store.list(), smtpAddress)),
    },
    {
      method: 'GET',
      path: '/mail/:id',
      handler(_request, response, { id = '' }) {
        const mail = store.find(id);
        if (!mail) return sendJson(response, 404, { error: 'not_found', id });
        sendPage(response, 200, messagePage(mail));
      },
    },
    {
      method: 'GET',
      path: '/mail/:id/attachments/:index',
      handler(_request, response, { id = '', index = '' }) {
        const attachment = store.find(id)?.attachments[Number(index)];
        if (!/^\d+$/.test(index) || !attachment) {
          return sendJson(response, 404, { error: 'not_found', id, index });
        }
        response.writeHead(200, {
          'Content-Type': attachment.contentType || 'application/octet-stream',
          'Content-Length': attachment.content.length,
          'Content-Disposition': contentDisposition(attachment.filename),
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        response.end(attachment.content);
      },
    },
    {
      method: 'GET',
      path: '/control/mail/messages',
      handler(request, response) {
        const to = new URL(request.url ?? '/', 'http://sandbox').searchParams.get('to');
        sendJson(response, 200, { messages: store.list(to).map(mailView) });
      },
    },
    {
      method: 'DELETE',
      path: '/control/mail/messages',
      handler: (_request, response) => sendJson(response, 200, { cleared: store.clear() }),
    },
    ...faultRoutes('/control/mail/faults', mailFaultRequest, faults),
  ];
}
