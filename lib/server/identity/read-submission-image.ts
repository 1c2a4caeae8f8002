import 'server-only';
import { db } from '@/lib/db';
import type { IdentityImageKind } from '@/lib/domain/identity/submission';
import type { FileStore } from '@/lib/integrations/file-store';
import { log } from '@/lib/log';
import { assertRole, type Actor } from '../actor';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { readIdentityImage } from './identity-images';

export type SubmissionImage = { bytes: Buffer; contentType: 'image/jpeg' };

/**
 * A KTP photo or selfie of one submission: for the customer who sent it, and for admins, each
 * of whose views is written to the audit log before the photo is handed over. Someone else's
 * submission answers "not found", exactly like a missing one, so ids cannot be probed.
 */
export async function readSubmissionImage(input: {
  actor: Actor | null;
  submissionId: string;
  kind: IdentityImageKind;
  ipAddress?: string | null;
  store?: FileStore;
}): Promise<SubmissionImage> {
  const actor = assertRole(input.actor, ['CUSTOMER', 'ADMIN']);
  const submission = await db.identitySubmission.findFirst({
    where: {
      id: input.submissionId,
      ...(actor.role === 'ADMIN' ? {} : { userId: actor.id }),
    },
    select: { id: true, ktpImageKey: true, selfieImageKey: true },
  });
  if (!submission) throw new AppError('NOT_FOUND', 'identityImageNotFound');
  const key = input.kind === 'ktp' ? submission.ktpImageKey : submission.selfieImageKey;
  const bytes = await readIdentityImage(key, input.store);
  if (!bytes) {
    log('error', 'identity image missing from the store', {
      submissionId: submission.id,
      kind: input.kind,
    });
    throw new AppError('NOT_FOUND', 'identityImageNotFound');
  }
  if (actor.role === 'ADMIN') {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.id,
        action: 'identity.image.viewed',
        targetType: 'IdentitySubmission',
        targetId: submission.id,
        ipAddress: input.ipAddress,
        before: null,
        after: { kind: input.kind },
      }),
    );
  }
  return { bytes, contentType: 'image/jpeg' };
}
