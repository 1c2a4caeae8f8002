import { createHmac, timingSafeEqual } from 'node:crypto';
import { gatewayEvent } from './schemas';
import type { WebhookInput, WebhookVerification } from './types';

// A webhook is believed only when it is signed with our secret and recent: X-Gateway-Signature
// is hex HMAC-SHA256 of `timestamp.rawBody`, X-Gateway-Timestamp is Unix seconds.

const TOLERANCE_SECONDS = 300;

function headerOf(headers: WebhookInput['headers'], name: string): string | undefined {
  if (typeof headers.get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

export function verifyGatewayWebhook(
  secret: string,
  { rawBody, headers, now = new Date() }: WebhookInput,
): WebhookVerification {
  const timestamp = headerOf(headers, 'x-gateway-timestamp');
  const signature = headerOf(headers, 'x-gateway-signature');
  if (
    !timestamp ||
    !/^\d{1,12}$/.test(timestamp) ||
    !signature ||
    !/^[0-9a-f]{64}$/i.test(signature)
  ) {
    return { ok: false, reason: 'BAD_SIGNATURE' };
  }
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    return { ok: false, reason: 'BAD_SIGNATURE' };
  }
  // Checked after the signature, so that STALE always means "ours, but too old to trust".
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) {
    return { ok: false, reason: 'STALE' };
  }
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { ok: false, reason: 'MALFORMED' };
  }
  const parsed = gatewayEvent.safeParse(json);
  return parsed.success ? { ok: true, event: parsed.data } : { ok: false, reason: 'MALFORMED' };
}
