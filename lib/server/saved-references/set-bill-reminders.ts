import 'server-only';
import { db } from '@/lib/db';
import { billRemindersApply } from '@/lib/domain/bill-reminders';
import { assertRole, type Actor } from '../actor';
import { AppError } from '../errors';

/** Turns the monthly reminder of one of the actor's own saved bills on or off. */
export async function setBillReminders(input: {
  actor: Actor | null;
  id: string;
  enabled: boolean;
}): Promise<{ enabled: boolean }> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const saved = await db.savedReference.findFirst({
    where: { id: input.id, userId: actor.id },
    select: { biller: { select: { kind: true, category: true } } },
  });
  if (!saved) throw new AppError('NOT_FOUND', 'savedReferenceNotFound');
  // Tokens, credit and tickets have no monthly bill: the page offers no switch for them.
  if (!billRemindersApply(saved.biller)) throw new AppError('CONFLICT', 'remindersNotOffered');
  await db.savedReference.updateMany({
    where: { id: input.id, userId: actor.id },
    data: { remindersEnabled: input.enabled },
  });
  return { enabled: input.enabled };
}
