import 'server-only';
import { db } from '@/lib/db';
import type { Role } from '@/lib/domain/roles';
import { assertRole, type Actor } from '../../actor';
import { AppError } from '../../errors';
import { auditEntrySelect, toAuditEntryView, type AuditEntryView } from '../audit/audit-entry-view';

export const USER_AUDIT_LIMIT = 10;

export type UserDetail = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  role: Role;
  locked: boolean;
  emailVerified: boolean;
  identityStatus: string;
  latestSubmissionId: string | null;
  createdAt: Date;
  outlet: { id: string; name: string; role: string } | null;
  recentAudit: AuditEntryView[];
};

/** One user as the back office sees them: role, outlet, identity check and recent admin changes. */
export async function getUserDetail(input: {
  actor: Actor | null;
  userId: string;
}): Promise<UserDetail> {
  assertRole(input.actor, ['ADMIN']);
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      role: true,
      lockedAt: true,
      emailVerifiedAt: true,
      identityStatus: true,
      createdAt: true,
      outletMembership: { select: { role: true, outlet: { select: { id: true, name: true } } } },
      identitySubmissions: {
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { id: true },
      },
    },
  });
  if (!user) throw new AppError('NOT_FOUND', 'userNotFound');
  const audit = await db.auditEntry.findMany({
    where: { targetType: 'User', targetId: user.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: USER_AUDIT_LIMIT,
    select: auditEntrySelect,
  });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    phone: user.phone,
    role: user.role,
    locked: user.lockedAt !== null,
    emailVerified: user.emailVerifiedAt !== null,
    identityStatus: user.identityStatus,
    latestSubmissionId: user.identitySubmissions[0]?.id ?? null,
    createdAt: user.createdAt,
    outlet: user.outletMembership
      ? { ...user.outletMembership.outlet, role: user.outletMembership.role }
      : null,
    recentAudit: audit.map(toAuditEntryView),
  };
}
