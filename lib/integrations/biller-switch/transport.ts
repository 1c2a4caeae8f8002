import type { z } from 'zod';
import { log } from '@/lib/log';
import type { Envelope } from './schemas';
import { signedHeaders } from './signature';
import type { NoAnswer } from './types';

export type TransportConfig = {
  baseUrl: string;
  partnerId: string;
  key: string;
  fetch?: typeof fetch;
};

export type Exchange<Answer> =
  { kind: 'answer'; answer: Answer } | { kind: 'none'; reason: NoAnswer };

const isTimeout = (error: unknown) =>
  error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');

/**
 * One signed POST to the switch. Never throws: a timeout, a dropped connection, a 5xx or a body
 * that is not the expected JSON all come back as "no answer", for the caller to read safely.
 */
export async function exchange<Schema extends z.ZodType<Envelope>>(
  config: TransportConfig,
  request: { path: string; refId: string; body: object; timeoutMs: number; schema: Schema },
): Promise<Exchange<z.infer<Schema>>> {
  const none = (reason: NoAnswer, context: Record<string, unknown> = {}) => {
    log('warn', 'biller switch gave no usable answer', {
      path: request.path,
      refId: request.refId,
      reason,
      ...context,
    });
    return { kind: 'none', reason } as const;
  };
  const body = JSON.stringify(request.body);
  let status: number;
  let text: string;
  try {
    const response = await (config.fetch ?? fetch)(
      `${config.baseUrl.replace(/\/+$/, '')}${request.path}`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...signedHeaders(config.partnerId, config.key, body),
        },
        body,
        cache: 'no-store',
        signal: AbortSignal.timeout(request.timeoutMs),
      },
    );
    status = response.status;
    text = await response.text();
  } catch (error) {
    return isTimeout(error)
      ? none('TIMEOUT', { timeoutMs: request.timeoutMs })
      : none('NETWORK', { error: error instanceof Error ? error.message : String(error) });
  }
  if (status >= 500) return none('HTTP_ERROR', { status });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return none(status >= 400 ? 'HTTP_ERROR' : 'BAD_RESPONSE', { status });
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) return none(status >= 400 ? 'HTTP_ERROR' : 'BAD_RESPONSE', { status });
  if (parsed.data.refId !== '' && parsed.data.refId !== request.refId) {
    return none('BAD_RESPONSE', { status, answeredRefId: parsed.data.refId });
  }
  return { kind: 'answer', answer: parsed.data };
}
