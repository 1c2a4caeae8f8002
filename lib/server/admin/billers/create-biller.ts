import 'server-only';
import { db } from '@/lib/db';
import { createBillerSchema, type CreateBillerInput } from '@/lib/domain/biller-config';
import { assertRole, type Actor } from '../../actor';
import { recordAudit } from '../../audit';
import { AppError } from '../../errors';
import { isUniqueViolation } from '../../prisma-errors';
import { parseInput } from '../../validation';
import { billerSnapshot, toBillerAdmin, type BillerAdmin } from './biller-admin-dto';

/** A new biller, written with its audit entry in one transaction. The code is its for good. */
export async function createBiller(
  input: { actor: Actor | null; ipAddress?: string | null } & CreateBillerInput,
): Promise<BillerAdmin> {
  const { actor: rawActor, ipAddress, ...values } = input;
  const actor = assertRole(rawActor, ['ADMIN']);
  const { referenceRule, cutOffWindows, maintenanceMessageId, maintenanceMessageEn, ...fields } =
    parseInput(createBillerSchema, values);
  try {
    return await db.$transaction(async (tx) => {
      const biller = toBillerAdmin(
        await tx.biller.create({
          data: {
            ...fields,
            referenceRule: JSON.stringify(referenceRule),
            cutOffWindows: JSON.stringify(cutOffWindows),
            maintenanceMessageId: maintenanceMessageId || null,
            maintenanceMessageEn: maintenanceMessageEn || null,
          },
        }),
      );
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'biller.create',
        targetType: 'Biller',
        targetId: biller.id,
        ipAddress,
        before: null,
        after: billerSnapshot(biller),
      });
      return biller;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'code')) {
      throw new AppError('VALIDATION', 'validationFailed', {
        fieldErrors: { code: ['billerCodeTaken'] },
      });
    }
    throw error;
  }
}
