import { NextResponse, type NextRequest } from 'next/server';
import { sessionRole } from '@/lib/auth/proxy-token';
import { rolesForPath } from '@/lib/domain/roles';

// Convenience only: sends visitors without a session to log in before they see a protected
// area. Every page, action and route still checks the actor and role itself.
export async function proxy(request: NextRequest) {
  if (!rolesForPath(request.nextUrl.pathname)) return NextResponse.next();
  if (await sessionRole(request)) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/home/:path*', '/agent/:path*', '/admin/:path*'],
};
