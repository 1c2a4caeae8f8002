import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '../actor';

/**
 * The actor behind a session token, or null when the session no longer stands: the user is
 * gone, locked, or their session version moved on (password changed, sessions ended).
 */
export async function loadActor(session: {
  userId: string;
  sessionVersion: number;
}): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      role: true,
      email: true,
      name: true,
      locale: true,
      sessionVersion: true,
      lockedAt: true,
    },
  });
  if (!user || user.lockedAt || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, role: user.role, email: user.email, name: user.name, locale: user.locale };
}
