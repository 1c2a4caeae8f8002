import 'server-only';
import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Role } from '@/lib/domain/roles';
import { loadActor } from '@/lib/server/accounts/load-actor';
import { assertRole, type Actor } from '@/lib/server/actor';
import { authOptions } from './options';

/**
 * The person behind this request, checked against the database on every request (a locked user
 * or an ended session stops here, whatever the token says). Cached per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || typeof user.sv !== 'number') return null;
  return loadActor({ userId: user.id, sessionVersion: user.sv });
});

/** For server actions and route handlers: throws an AppError the caller turns into a result. */
export async function requireActor(roles: readonly Role[]): Promise<Actor> {
  return assertRole(await getActor(), roles);
}

/** For pages and layouts: sends strangers to log in and refuses the wrong role with a 403. */
export async function requirePageActor(roles: readonly Role[], returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(actor.role)) forbidden();
  return actor;
}
