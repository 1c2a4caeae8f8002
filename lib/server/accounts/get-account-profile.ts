import 'server-only';
import { db } from '@/lib/db';
import { toLocale, type Locale } from '@/lib/domain/locale';
import { ROLES } from '@/lib/domain/roles';
import { assertRole, type Actor } from '../actor';

export type AccountProfile = { name: string; email: string; phone: string | null; locale: Locale };

/** What the profile form starts from: the signed-in person's own details, whatever the role. */
export async function getAccountProfile(input: { actor: Actor | null }): Promise<AccountProfile> {
  const actor = assertRole(input.actor, ROLES);
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, email: true, phone: true, locale: true },
  });
  return { ...user, locale: toLocale(user.locale) };
}
