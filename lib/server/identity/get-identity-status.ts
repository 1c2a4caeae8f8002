import 'server-only';
import { db } from '@/lib/db';
import type { IdentityStatusView } from '@/lib/domain/identity/submission';
import { toIdentityStatus } from '@/lib/domain/identity/verification-steps';
import { assertRole, type Actor } from '../actor';

/**
 * The customer's own identity check, for their pages: the account's status and the latest
 * submission as it may be shown (masked NIK, the reviewer's reason when rejected).
 */
export async function getIdentityStatus(input: {
  actor: Actor | null;
}): Promise<IdentityStatusView> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      emailVerifiedAt: true,
      identityStatus: true,
      identityVerifiedAt: true,
      identitySubmissions: {
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: {
          id: true,
          status: true,
          nikMasked: true,
          fullName: true,
          createdAt: true,
          rejectionReason: true,
        },
      },
    },
  });
  const status = toIdentityStatus(user.identityStatus);
  const latest = user.identitySubmissions[0];
  return {
    status,
    emailVerified: user.emailVerifiedAt !== null,
    verifiedAt: user.identityVerifiedAt,
    latest: latest
      ? {
          id: latest.id,
          nikMasked: latest.nikMasked,
          fullName: latest.fullName,
          submittedAt: latest.createdAt,
          rejectionReason: latest.status === 'REJECTED' ? latest.rejectionReason : null,
        }
      : null,
  };
}
