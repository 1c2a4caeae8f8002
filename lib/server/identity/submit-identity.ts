import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { maskNik } from '@/lib/domain/identity/nik';
import { makeIdentityFieldsSchema, type IdentityFields } from '@/lib/domain/identity/submission';
import { toIdentityStatus } from '@/lib/domain/identity/verification-steps';
import { retryAfterMinutes } from '@/lib/domain/rate-limit';
import type { FileStore } from '@/lib/integrations/file-store';
import { log } from '@/lib/log';
import { assertRole, type Actor } from '../actor';
import { AppError, type FieldErrorMessage } from '../errors';
import { consumeRateLimit } from '../rate-limit';
import {
  deleteIdentityImages,
  prepareIdentityImage,
  storeIdentityImage,
  type PreparedImage,
} from './identity-images';
import { keyedHash, sealText } from './sealed';

// Attempts that reach the photo checks, per customer: decoding photos is the costly part, and
// a real person needs only a few tries.
const SUBMIT_LIMIT = { limit: 10, windowSeconds: 60 * 60 };

export type SubmitIdentityInput = {
  actor: Actor | null;
  /** The form's text fields as sent; parsed here with the form's own schema. */
  fields: unknown;
  ktpImage: Uint8Array | null;
  selfieImage: Uint8Array | null;
  now?: Date;
  store?: FileStore;
};

function alreadySubmitted(status: string): AppError {
  return toIdentityStatus(status) === 'APPROVED'
    ? new AppError('CONFLICT', 'identityAlreadyVerified')
    : new AppError('CONFLICT', 'identityAlreadyInReview');
}

/** Every problem with the text and both photos at once, so the form shows them together. */
async function checkSubmission(input: SubmitIdentityInput) {
  const errors: Record<string, FieldErrorMessage[]> = {};
  const parsed = makeIdentityFieldsSchema(() => input.now ?? new Date()).safeParse(input.fields);
  if (!parsed.success) Object.assign(errors, z.flattenError(parsed.error).fieldErrors);
  const ktp = await prepareIdentityImage(input.ktpImage);
  if (!ktp.ok) errors.ktpImage = [ktp.error];
  const selfie = await prepareIdentityImage(input.selfieImage);
  if (!selfie.ok) errors.selfieImage = [selfie.error];
  if (!parsed.success || !ktp.ok || !selfie.ok) {
    throw new AppError('VALIDATION', 'validationFailed', { fieldErrors: errors });
  }
  return { fields: parsed.data, ktp: ktp.image, selfie: selfie.image };
}

/**
 * A customer hands in their KTP details and photos. Everything is checked before anything is
 * written; the photos are stored sealed, then one DB transaction moves the account to PENDING
 * (only from NONE or REJECTED) and records the submission. If that fails, the files go too.
 */
export async function submitIdentity(input: SubmitIdentityInput): Promise<{ id: string }> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { emailVerifiedAt: true, identityStatus: true },
  });
  if (!user.emailVerifiedAt) throw new AppError('FORBIDDEN', 'identityEmailNotVerified');
  if (!['NONE', 'REJECTED'].includes(user.identityStatus)) {
    throw alreadySubmitted(user.identityStatus);
  }
  const limit = await consumeRateLimit(`identity-submit:user:${actor.id}`, SUBMIT_LIMIT);
  if (!limit.allowed) {
    throw new AppError('RATE_LIMITED', 'tooManyIdentitySubmissions', {
      params: { minutes: retryAfterMinutes(limit.retryAfterSeconds) },
    });
  }

  const { fields, ktp, selfie } = await checkSubmission(input);
  const nikHash = keyedHash(fields.nik);
  const holder = await db.user.findFirst({
    where: { nikHash, id: { not: actor.id } },
    select: { id: true },
  });
  if (holder) {
    throw new AppError('VALIDATION', 'validationFailed', { fieldErrors: { nik: ['nikTaken'] } });
  }

  const keys = await storeBoth(ktp, selfie, input.store);
  try {
    const id = await record(actor.id, fields, nikHash, keys);
    log('info', 'identity submitted', { actorId: actor.id, submissionId: id });
    return { id };
  } catch (error) {
    await deleteIdentityImages([keys.ktp, keys.selfie], input.store);
    throw error;
  }
}

async function storeBoth(ktp: PreparedImage, selfie: PreparedImage, store?: FileStore) {
  const ktpKey = await storeIdentityImage(ktp, store);
  try {
    return { ktp: ktpKey, selfie: await storeIdentityImage(selfie, store) };
  } catch (error) {
    await deleteIdentityImages([ktpKey], store);
    throw error;
  }
}

async function record(
  userId: string,
  fields: IdentityFields,
  nikHash: string,
  keys: { ktp: string; selfie: string },
): Promise<string> {
  return db.$transaction(async (tx) => {
    const moved = await tx.user.updateMany({
      where: { id: userId, identityStatus: { in: ['NONE', 'REJECTED'] } },
      data: { identityStatus: 'PENDING' },
    });
    if (moved.count === 0) {
      const now = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: { identityStatus: true },
      });
      throw alreadySubmitted(now.identityStatus);
    }
    const submission = await tx.identitySubmission.create({
      data: {
        userId,
        status: 'PENDING',
        nikCiphertext: sealText(fields.nik),
        nikHash,
        nikMasked: maskNik(fields.nik),
        fullName: fields.fullName,
        birthPlace: fields.birthPlace,
        birthDate: fields.birthDate,
        sex: fields.sex,
        address: fields.address,
        ktpImageKey: keys.ktp,
        selfieImageKey: keys.selfie,
      },
      select: { id: true },
    });
    return submission.id;
  });
}
