import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const WINDOW_SECONDS = 300;
const NONCE = /^[A-Za-z0-9_-]{8,64}$/;
const SIGNATURE = /^[0-9a-f]{64}$/;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Checks X-Partner-Id, X-Timestamp, X-Nonce and X-Signature (HMAC-SHA256 of
 * `timestamp.nonce.body`). Returns why the request is refused, or null when it may pass.
 * Each verifier remembers the signatures it accepted, so a replayed request is refused.
 */
export function createSignatureVerifier(partners: ReadonlyMap<string, string>) {
  const seen = new Map<string, number>();

  function forgetExpired(nowMs: number): void {
    for (const [signature, forgetAt] of seen) if (forgetAt <= nowMs) seen.delete(signature);
  }

  return function verify(headers: IncomingHttpHeaders, rawBody: string): string | null {
    const partnerId = header(headers, 'x-partner-id');
    const timestamp = header(headers, 'x-timestamp');
    const nonce = header(headers, 'x-nonce');
    const signature = header(headers, 'x-signature');
    if (!partnerId || !timestamp || !nonce || !signature) return 'missing signature headers';
    const key = partners.get(partnerId);
    if (!key) return 'unknown partner';
    if (!/^\d{1,12}$/.test(timestamp) || !NONCE.test(nonce)) return 'malformed signature headers';
    const nowMs = Date.now();
    if (Math.abs(nowMs / 1000 - Number(timestamp)) > WINDOW_SECONDS) {
      return `timestamp more than ${WINDOW_SECONDS} s away from the switch clock`;
    }
    const expected = createHmac('sha256', key).update(`${timestamp}.${nonce}.${rawBody}`).digest();
    const matches =
      SIGNATURE.test(signature) && timingSafeEqual(expected, Buffer.from(signature, 'hex'));
    if (!matches) return 'signature does not match';
    forgetExpired(nowMs);
    if (seen.has(signature)) return 'signature already used (replay)';
    // Once the timestamp is out of the window the request is refused anyway.
    seen.set(signature, (Number(timestamp) + WINDOW_SECONDS + 1) * 1000);
    return null;
  };
}
