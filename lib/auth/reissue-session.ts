import 'server-only';
import { decode, encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { authOptions } from './options';

// next-auth's own name and options for the session cookie (useSecureCookies in options.ts).
const cookieName = () =>
  env.SECURE_COOKIES ? '__Secure-next-auth.session-token' : 'next-auth.session-token';

// next-auth's default when options.ts sets none.
const maxAgeSeconds = () => authOptions.session?.maxAge ?? 30 * 24 * 60 * 60;

/**
 * Keeps this browser signed in after its user's session version moved (a password change ends
 * every session): the session cookie is written again with the new version, so only the other
 * sessions end. Call from a server action, after the change has committed.
 */
export async function reissueSession(input: {
  userId: string;
  sessionVersion: number;
}): Promise<void> {
  const store = await cookies();
  const name = cookieName();
  const current = await decode({ token: store.get(name)?.value, secret: env.AUTH_SECRET }).catch(
    () => null,
  );
  // Only the session this request came with is renewed, never another user's.
  if (!current || current.sub !== input.userId) return;
  const token = await encode({
    token: { ...current, sv: input.sessionVersion },
    secret: env.AUTH_SECRET,
    maxAge: maxAgeSeconds(),
  });
  store.set(name, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: env.SECURE_COOKIES,
    expires: new Date(Date.now() + maxAgeSeconds() * 1000),
  });
}
