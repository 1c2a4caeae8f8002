import 'server-only';
import type { Role } from '@/lib/domain/roles';
import { AppError } from './errors';

/** Who is acting, as established by the auth layer from a verified session. */
export type Actor = { id: string; role: Role; email: string; name: string; locale: string };

export function assertRole(actor: Actor | null, roles: readonly Role[]): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'unauthenticated');
  if (!roles.includes(actor.role)) {
    throw new AppError('FORBIDDEN', 'forbidden', {
      internal: `role ${actor.role} is not one of ${roles.join(', ')}`,
    });
  }
  return actor;
}
