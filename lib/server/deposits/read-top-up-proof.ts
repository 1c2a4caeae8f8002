import 'server-only';
import { db } from '@/lib/db';
import type { FileStore } from '@/lib/integrations/file-store';
import { log } from '@/lib/log';
import { assertRole, type Actor } from '../actor';
import { recordAudit } from '../audit';
import { AppError } from '../errors';
import { readIdentityImage } from '../identity/identity-images';
import { requireOutletMember } from '../outlets/outlet-membership';

/**
 * The proof image of a manual top-up: for the owner of its outlet, and for admins, each of
 * whose views is written to the audit log before the image is handed over. Anyone else's
 * top-up answers "not found", exactly like a missing one.
 */
export async function readTopUpProof(input: {
  actor: Actor | null;
  topUpId: string;
  ipAddress?: string | null;
  store?: FileStore;
}): Promise<{ bytes: Buffer; contentType: 'image/jpeg' }> {
  const actor = assertRole(input.actor, ['AGENT', 'ADMIN']);
  const outletId =
    actor.role === 'ADMIN' ? null : (await requireOutletMember(actor, ['OWNER'])).outletId;
  const topUp = await db.depositTopUp.findFirst({
    where: { id: input.topUpId, ...(outletId === null ? {} : { outletId }) },
    select: { id: true, proofImageKey: true },
  });
  if (!topUp?.proofImageKey) throw new AppError('NOT_FOUND', 'identityImageNotFound');
  const bytes = await readIdentityImage(topUp.proofImageKey, input.store);
  if (!bytes) {
    log('error', 'top-up proof missing from the store', { topUpId: topUp.id });
    throw new AppError('NOT_FOUND', 'identityImageNotFound');
  }
  if (actor.role === 'ADMIN') {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.id,
        action: 'deposit.topup.proof.viewed',
        targetType: 'DepositTopUp',
        targetId: topUp.id,
        ipAddress: input.ipAddress,
        before: null,
        after: null,
      }),
    );
  }
  return { bytes, contentType: 'image/jpeg' };
}
