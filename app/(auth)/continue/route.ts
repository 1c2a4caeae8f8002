import { NextResponse, type NextRequest } from 'next/server';
import { getActor } from '@/lib/auth/actor';
import { LOCALE_COOKIE, toLocale } from '@/lib/domain/locale';
import { homePathFor, safeReturnPath } from '@/lib/domain/roles';

// Where the log-in form sends a person once the session exists: back to the page they wanted,
// if their role may open it, else to their role's home. Their saved language comes along.
export async function GET(request: NextRequest) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL('/login', request.url));
  const wanted = request.nextUrl.searchParams.get('to');
  const target = safeReturnPath(wanted, actor.role) ?? homePathFor(actor.role);
  const response = NextResponse.redirect(new URL(target, request.url));
  response.cookies.set(LOCALE_COOKIE, toLocale(actor.locale), {
    path: '/',
    maxAge: 365 * 24 * 60 * 60,
    sameSite: 'lax',
  });
  return response;
}
