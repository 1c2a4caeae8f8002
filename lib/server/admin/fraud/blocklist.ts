import 'server-only';
import { db } from '@/lib/db';
import { blockReferenceSchema, unblockReferenceSchema } from '@/lib/domain/fraud-rules';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { isUniqueViolation } from '../../prisma-errors';
import { parseInput } from '../../validation';

export type BlockedReferenceView = {
  id: string;
  billerId: string | null;
  biller: { code: string; nameId: string; nameEn: string } | null;
  customerNo: string;
  reason: string;
  createdBy: string;
  createdAt: Date;
};

const BLOCKLIST_PAGE = 200;

/** The blocklist, newest first. */
export async function listBlockedReferences(input: {
  actor: Actor | null;
}): Promise<BlockedReferenceView[]> {
  assertRole(input.actor, ['ADMIN']);
  const rows = await db.blockedReference.findMany({
    orderBy: { createdAt: 'desc' },
    take: BLOCKLIST_PAGE,
    include: {
      biller: { select: { code: true, nameId: true, nameEn: true } },
      createdBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    billerId: row.billerId,
    biller: row.biller,
    customerNo: row.customerNo,
    reason: row.reason,
    createdBy: row.createdBy.name,
    createdAt: row.createdAt,
  }));
}

/** Blocks a customer number at one biller or (no biller) at every biller, with its audit entry. */
export async function blockReference(input: {
  actor: Actor | null;
  billerId: string;
  customerNo: string;
  reason: string;
  ipAddress?: string;
}): Promise<{ id: string }> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const parsed = parseInput(blockReferenceSchema, input);
  const billerId = parsed.billerId === '' ? null : parsed.billerId;
  return db.$transaction(async (tx) => {
    if (billerId && !(await tx.biller.findUnique({ where: { id: billerId } }))) {
      throw new AppError('VALIDATION', 'validationFailed', {
        fieldErrors: { billerId: ['invalid'] },
      });
    }
    // SQLite treats NULLs as distinct in a unique index: "every biller" is checked by hand.
    const existing = await tx.blockedReference.findFirst({
      where: { billerId, customerNo: parsed.customerNo },
    });
    if (existing) throw new AppError('CONFLICT', 'referenceAlreadyBlocked');
    try {
      const row = await tx.blockedReference.create({
        data: {
          billerId,
          customerNo: parsed.customerNo,
          reason: parsed.reason,
          createdById: actor.id,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'blockedReference.add',
        targetType: 'BlockedReference',
        targetId: row.id,
        ipAddress: input.ipAddress,
        before: null,
        after: { billerId, customerNo: parsed.customerNo, reason: parsed.reason },
      });
      return { id: row.id };
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('CONFLICT', 'referenceAlreadyBlocked');
      throw error;
    }
  });
}

/** Takes a number off the blocklist, with its audit entry. */
export async function unblockReference(input: {
  actor: Actor | null;
  id: string;
  ipAddress?: string;
}): Promise<void> {
  const actor = assertRole(input.actor, ['ADMIN']);
  const { id } = parseInput(unblockReferenceSchema, input);
  await db.$transaction(async (tx) => {
    const row = await tx.blockedReference.findUnique({ where: { id } });
    if (!row) throw new AppError('NOT_FOUND', 'blockedReferenceNotFound');
    const { count } = await tx.blockedReference.deleteMany({ where: { id } });
    if (count === 0) throw new AppError('NOT_FOUND', 'blockedReferenceNotFound');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'blockedReference.remove',
      targetType: 'BlockedReference',
      targetId: id,
      ipAddress: input.ipAddress,
      before: { billerId: row.billerId, customerNo: row.customerNo, reason: row.reason },
      after: null,
    });
  });
}

/** The billers a number can be blocked at, for the blocklist form. */
export async function listBlocklistBillers(input: {
  actor: Actor | null;
}): Promise<{ id: string; code: string; nameId: string; nameEn: string }[]> {
  assertRole(input.actor, ['ADMIN']);
  return db.biller.findMany({
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: { id: true, code: true, nameId: true, nameEn: true },
  });
}
