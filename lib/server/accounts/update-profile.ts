import 'server-only';
import { db } from '@/lib/db';
import type { ProfileOutput } from '@/lib/domain/profile';
import { ROLES } from '@/lib/domain/roles';
import { assertRole, type Actor } from '../actor';

/**
 * Saves a person's own name, mobile number (normalised +628..., or none) and language. The
 * language is the one e-mails use and other devices start in, as update-locale keeps it.
 */
export async function updateProfile(input: {
  actor: Actor | null;
  profile: ProfileOutput;
}): Promise<ProfileOutput> {
  const actor = assertRole(input.actor, ROLES);
  const { name, phone, locale } = input.profile;
  await db.user.update({ where: { id: actor.id }, data: { name, phone, locale } });
  return { name, phone, locale };
}
