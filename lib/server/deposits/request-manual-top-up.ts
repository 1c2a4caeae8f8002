import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { manualTopUpFieldsSchema } from '@/lib/domain/deposit';
import { retryAfterMinutes } from '@/lib/domain/rate-limit';
import type { FileStore } from '@/lib/integrations/file-store';
import { log } from '@/lib/log';
import type { Actor } from '../actor';
import { AppError, type FieldErrorMessage } from '../errors';
import {
  deleteIdentityImages,
  prepareIdentityImage,
  storeIdentityImage,
} from '../identity/identity-images';
import { requireOutletMember } from '../outlets/outlet-membership';
import { consumeRateLimit } from '../rate-limit';
import { TOP_UP_LIMIT } from './request-va-top-up';

/** Manual transfers waiting for an admin, per outlet: enough for real use, no queue flooding. */
export const MAX_PENDING_MANUAL_TOP_UPS = 3;

/**
 * The owner reports a bank transfer into Loket's account, with a photo or screenshot of the
 * proof. The proof is checked by its content like a KTP photo (JPEG, PNG or WebP up to 5 MB),
 * re-encoded without metadata and stored sealed outside the web root; an admin credits the
 * deposit once they find the money. Nothing is credited here.
 */
export async function requestManualTopUp(input: {
  actor: Actor | null;
  /** The form's text fields as sent; parsed here with the form's own schema. */
  fields: unknown;
  proofImage: Uint8Array | null;
  store?: FileStore;
}): Promise<{ id: string }> {
  const member = await requireOutletMember(input.actor, ['OWNER']);
  const pending = await db.depositTopUp.count({
    where: { outletId: member.outletId, method: 'MANUAL', status: 'PENDING' },
  });
  if (pending >= MAX_PENDING_MANUAL_TOP_UPS) {
    throw new AppError('CONFLICT', 'tooManyPendingTopUps', { params: { count: pending } });
  }
  const limit = await consumeRateLimit(`topup:outlet:${member.outletId}`, TOP_UP_LIMIT);
  if (!limit.allowed) {
    throw new AppError('RATE_LIMITED', 'tooManyTopUps', {
      params: { minutes: retryAfterMinutes(limit.retryAfterSeconds) },
    });
  }

  const errors: Record<string, FieldErrorMessage[]> = {};
  const fields = manualTopUpFieldsSchema.safeParse(input.fields);
  if (!fields.success) Object.assign(errors, z.flattenError(fields.error).fieldErrors);
  const proof = await prepareIdentityImage(input.proofImage);
  if (!proof.ok) errors.proofImage = [proof.error];
  if (!fields.success || !proof.ok) {
    throw new AppError('VALIDATION', 'validationFailed', { fieldErrors: errors });
  }

  const key = await storeIdentityImage(proof.image, input.store);
  try {
    const topUp = await db.depositTopUp.create({
      data: {
        outletId: member.outletId,
        requestedById: member.actor.id,
        method: 'MANUAL',
        channel: fields.data.bank,
        amount: fields.data.amount,
        transferRef: fields.data.transferRef,
        proofImageKey: key,
        status: 'PENDING',
      },
      select: { id: true },
    });
    log('info', 'manual top-up requested', { actorId: member.actor.id, topUpId: topUp.id });
    return topUp;
  } catch (error) {
    await deleteIdentityImages([key], input.store);
    throw error;
  }
}
