import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/domain/locale';
import type { Actor } from '../actor';

/** Remembers a signed-in person's language, so e-mails and other devices use it too. */
export async function updateLocale(input: { actor: Actor; locale: Locale }): Promise<void> {
  await db.user.update({ where: { id: input.actor.id }, data: { locale: input.locale } });
}
