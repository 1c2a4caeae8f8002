import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import type { Role } from '@/lib/domain/roles';
import { env } from '@/lib/env';

/** The role in the request's session cookie, if any: for redirects only, never for access. */
export async function sessionRole(request: NextRequest): Promise<Role | null> {
  const token = await getToken({
    req: request,
    secret: env.AUTH_SECRET,
    secureCookie: env.SECURE_COOKIES,
  });
  return token?.role ?? null;
}
