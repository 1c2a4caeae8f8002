import { log } from '@/lib/log';

// A provider's settlement file for one WIB day, fetched over HTTP. Both the biller switch and the
// payment gateway offer one; each signs the request its own way.

export type SettlementFile =
  | { kind: 'file'; fileName: string; content: string }
  | { kind: 'unavailable'; reason: 'TIMEOUT' | 'NETWORK' | 'HTTP_ERROR' | 'TOO_LARGE' };

export interface SettlementFeed {
  /** The provider's settlement CSV for a WIB day (YYYY-MM-DD). Never throws. */
  fetchSettlement(date: string): Promise<SettlementFile>;
}

const isTimeout = (error: unknown) =>
  error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');

/** One GET of a settlement CSV, refused past `maxBytes`. */
export async function fetchSettlementFile(request: {
  provider: string;
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  fallbackName: string;
  fetch?: typeof fetch;
}): Promise<SettlementFile> {
  const unavailable = (reason: Extract<SettlementFile, { kind: 'unavailable' }>['reason']) => {
    log('warn', 'settlement file not fetched', { provider: request.provider, reason });
    return { kind: 'unavailable', reason } as const;
  };
  try {
    const response = await (request.fetch ?? fetch)(request.url, {
      headers: { Accept: 'text/csv', ...request.headers },
      cache: 'no-store',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    if (!response.ok) {
      log('error', 'provider refused a settlement request', {
        provider: request.provider,
        status: response.status,
      });
      return unavailable('HTTP_ERROR');
    }
    if (Number(response.headers.get('content-length') ?? 0) > request.maxBytes) {
      return unavailable('TOO_LARGE');
    }
    const content = await response.text();
    if (Buffer.byteLength(content) > request.maxBytes) return unavailable('TOO_LARGE');
    const disposition = response.headers.get('content-disposition') ?? '';
    const fileName = /filename="([^"]{1,200})"/.exec(disposition)?.[1] ?? request.fallbackName;
    return { kind: 'file', fileName, content };
  } catch (error) {
    return unavailable(isTimeout(error) ? 'TIMEOUT' : 'NETWORK');
  }
}
