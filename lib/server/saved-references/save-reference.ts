import 'server-only';
import { db } from '@/lib/db';
import { assertRole, type Actor } from '../actor';
import { AppError } from '../errors';

/** Saves the reference of one of the actor's inquiries under a label (again: renames it). */
export async function saveReference(input: {
  actor: Actor | null;
  transactionId: string;
  label: string;
}): Promise<{ id: string }> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const inquiry = await db.transaction.findFirst({
    where: { id: input.transactionId, userId: actor.id },
    select: { billerId: true, customerNo: true },
  });
  if (!inquiry) throw new AppError('NOT_FOUND', 'inquiryNotFound');
  const key = { userId: actor.id, billerId: inquiry.billerId, customerNo: inquiry.customerNo };
  return db.savedReference.upsert({
    where: { userId_billerId_customerNo: key },
    create: { ...key, label: input.label },
    update: { label: input.label },
    select: { id: true },
  });
}
