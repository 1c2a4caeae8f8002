import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/domain/locale';
import { assertRole, type Actor } from '../actor';
import { AppError } from '../errors';
import { createInquiry } from '../inquiries/create-inquiry';

/** "Cek tagihan" in one tap: a fresh inquiry for a saved reference. */
export async function inquireSavedReference(input: {
  actor: Actor | null;
  id: string;
  locale: Locale;
}): Promise<{ id: string }> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const saved = await db.savedReference.findFirst({
    where: { id: input.id, userId: actor.id },
    include: { biller: { select: { code: true } } },
  });
  if (!saved) throw new AppError('NOT_FOUND', 'savedReferenceNotFound');
  return createInquiry({
    actor,
    billerCode: saved.biller.code,
    customerNo: saved.customerNo,
    locale: input.locale,
  });
}
