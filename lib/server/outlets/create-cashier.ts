import 'server-only';
import { db } from '@/lib/db';
import type { CreateCashierOutput } from '@/lib/domain/outlet';
import { assertRole, type Actor } from '../actor';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { hashPassword } from '../passwords';
import { isUniqueViolation } from '../prisma-errors';
import { requireOutletMember } from './outlet-membership';

export type CreatedCashier = { id: string; name: string; email: string };

const emailTaken = () =>
  new AppError('VALIDATION', 'validationFailed', { fieldErrors: { email: ['emailTaken'] } });

/** The outlet a new cashier joins: the owner's own, or any outlet an admin names. */
async function targetOutlet(actor: Actor, outletId: string | undefined): Promise<string> {
  if (actor.role === 'ADMIN') {
    if (!outletId) throw new AppError('VALIDATION', 'outletNotFound');
    const outlet = await db.outlet.findUnique({ where: { id: outletId }, select: { id: true } });
    if (!outlet) throw new AppError('NOT_FOUND', 'outletNotFound');
    return outlet.id;
  }
  const membership = await requireOutletMember(actor, ['OWNER']);
  if (outletId !== undefined && outletId !== membership.outletId) {
    throw new AppError('FORBIDDEN', 'forbidden', { internal: 'owner of another outlet' });
  }
  return membership.outletId;
}

/**
 * A cashier login for an outlet, made by its owner or an admin: an agent account whose e-mail is
 * taken as verified (the owner hands the first password over in person) and its membership,
 * with the audit entry, in one transaction.
 */
export async function createCashier(input: {
  actor: Actor | null;
  outletId?: string;
  cashier: CreateCashierOutput;
  ipAddress?: string;
  now?: Date;
}): Promise<CreatedCashier> {
  const actor = assertRole(input.actor, ['AGENT', 'ADMIN']);
  const outletId = await targetOutlet(actor, input.outletId);
  const { name, email, password } = input.cashier;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
  const passwordHash = await hashPassword(password);
  const now = input.now ?? new Date();
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name, email, passwordHash, role: 'AGENT', emailVerifiedAt: now },
        select: { id: true, name: true, email: true },
      });
      await tx.outletMember.create({ data: { outletId, userId: user.id, role: 'CASHIER' } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'outlet.cashier.create',
        targetType: 'User',
        targetId: user.id,
        ipAddress: input.ipAddress,
        before: null,
        after: { outletId, name, email, role: 'CASHIER' },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'email')) throw emailTaken();
    throw error;
  }
}
