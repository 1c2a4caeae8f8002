import 'server-only';
import { fieldChanges, parseChanges, type FieldChange } from '@/lib/domain/audit-diff';
import type { Role } from '@/lib/domain/roles';

// One audit entry as the back office reads it: who, when, from where, on what, and which fields
// changed from what to what.

export type AuditEntryView = {
  id: string;
  createdAt: Date;
  action: string;
  targetType: string;
  targetId: string;
  ipAddress: string | null;
  actor: { id: string; name: string; email: string; role: Role };
  changes: FieldChange[];
};

export const auditEntrySelect = {
  id: true,
  createdAt: true,
  action: true,
  targetType: true,
  targetId: true,
  ipAddress: true,
  changes: true,
  actor: { select: { id: true, name: true, email: true, role: true } },
} as const;

type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  targetType: string;
  targetId: string;
  ipAddress: string | null;
  changes: string;
  actor: { id: string; name: string; email: string; role: Role };
};

export function toAuditEntryView(row: AuditRow): AuditEntryView {
  return {
    id: row.id,
    createdAt: row.createdAt,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    ipAddress: row.ipAddress,
    actor: row.actor,
    changes: fieldChanges(parseChanges(row.changes)),
  };
}
