import { createHmac, randomUUID } from 'node:crypto';

/** Lowercase hex HMAC-SHA256 of `timestamp.nonce.body`, as the protocol signs every request. */
function signRequest(key: string, timestamp: string, nonce: string, body: string): string {
  return createHmac('sha256', key).update(`${timestamp}.${nonce}.${body}`).digest('hex');
}

/** The four headers that authenticate one request; a fresh nonce makes every signature unique. */
export function signedHeaders(
  partnerId: string,
  key: string,
  body: string,
  nowMs = Date.now(),
): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = randomUUID();
  return {
    'X-Partner-Id': partnerId,
    'X-Timestamp': timestamp,
    'X-Nonce': nonce,
    'X-Signature': signRequest(key, timestamp, nonce, body),
  };
}
