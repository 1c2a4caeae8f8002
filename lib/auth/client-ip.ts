import { env } from '@/lib/env';

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * The client's address from X-Forwarded-For. Each trusted proxy appends the address it saw, so
 * the client is the entry TRUSTED_PROXY_COUNT places from the right; anything further left was
 * written by the client and cannot be trusted.
 */
export function clientIp(source: HeaderSource): string {
  const forwarded = (header(source, 'x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = Math.max(0, forwarded.length - 1 - env.TRUSTED_PROXY_COUNT);
  return forwarded[index] ?? header(source, 'x-real-ip') ?? 'unknown';
}
