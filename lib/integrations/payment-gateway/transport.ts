import { log } from '@/lib/log';
import type { NoAnswer } from './types';

export type TransportConfig = {
  baseUrl: string;
  serverKey: string;
  timeoutMs: number;
  fetch?: typeof fetch;
};

export type Reply =
  { kind: 'answer'; status: number; json: unknown } | { kind: 'none'; reason: NoAnswer };

const isTimeout = (error: unknown) =>
  error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');

/**
 * One call to the gateway with the server key (HTTP Basic, key as user name). Never throws: a
 * timeout, a dropped connection, a 5xx or a body that is not JSON come back as "no answer".
 */
export async function call(
  config: TransportConfig,
  request: {
    method: 'GET' | 'POST';
    path: string;
    body?: object;
    headers?: Record<string, string>;
  },
): Promise<Reply> {
  const none = (reason: NoAnswer, context: Record<string, unknown> = {}) => {
    log('warn', 'payment gateway gave no usable answer', {
      path: request.path,
      reason,
      ...context,
    });
    return { kind: 'none', reason } as const;
  };
  let status: number;
  let text: string;
  try {
    const response = await (config.fetch ?? fetch)(
      `${config.baseUrl.replace(/\/+$/, '')}${request.path}`,
      {
        method: request.method,
        headers: {
          Accept: 'application/json',
          Authorization: `Basic ${Buffer.from(`${config.serverKey}:`).toString('base64')}`,
          ...(request.body && { 'Content-Type': 'application/json' }),
          ...request.headers,
        },
        body: request.body && JSON.stringify(request.body),
        cache: 'no-store',
        signal: AbortSignal.timeout(config.timeoutMs),
      },
    );
    status = response.status;
    text = await response.text();
  } catch (error) {
    return isTimeout(error)
      ? none('TIMEOUT', { timeoutMs: config.timeoutMs })
      : none('NETWORK', { error: error instanceof Error ? error.message : String(error) });
  }
  if (status >= 500) return none('HTTP_ERROR', { status });
  try {
    return { kind: 'answer', status, json: JSON.parse(text) };
  } catch {
    return none(status >= 400 ? 'HTTP_ERROR' : 'BAD_RESPONSE', { status });
  }
}
