import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http';

// Small pieces the gateway's API and pages share.

export async function readJson(
  request: IncomingMessage,
): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: JSON.parse((await readBody(request)) ?? '') };
  } catch {
    return { ok: false };
  }
}

export async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams((await readBody(request)) ?? '');
}

/** HTML that no cache keeps: the pages show payment details. */
export function sendPage(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(html);
}

export function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
  response.end();
}

/** Where browsers reach the sandbox: the configured public address, or the one the caller used. */
export function baseUrlOf(request: IncomingMessage, publicUrl: string | undefined): string {
  return (publicUrl ?? `http://${request.headers.host ?? '127.0.0.1'}`).replace(/\/+$/, '');
}

export const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};
