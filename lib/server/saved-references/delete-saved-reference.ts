import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '../actor';
import { AppError } from '../errors';

export async function deleteSavedReference(input: {
  actor: Actor | null;
  id: string;
}): Promise<void> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const { count } = await db.savedReference.deleteMany({
    where: { id: input.id, userId: actor.id },
  });
  if (count === 0) throw new AppError('NOT_FOUND', 'savedReferenceNotFound');
}
