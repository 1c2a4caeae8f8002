import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether the request carries the server key: `Authorization: Bearer <key>`, or HTTP Basic with
 * the key as user name and any password. Compared in constant time.
 */
export function hasServerKey(headers: IncomingHttpHeaders, key: string): boolean {
  const [scheme = '', credentials = ''] = (headers.authorization ?? '').split(' ');
  let presented: string | undefined;
  if (/^bearer$/i.test(scheme)) presented = credentials;
  if (/^basic$/i.test(scheme)) {
    presented = Buffer.from(credentials, 'base64').toString('utf8').split(':')[0];
  }
  return presented !== undefined && timingSafeEqual(digest(presented), digest(key));
}
