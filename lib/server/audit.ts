import 'server-only';
import type { DbTransaction } from '@/lib/db';

export type AuditRecord = {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  ipAddress?: string | null;
  before: unknown;
  after: unknown;
};

/** Written inside the same transaction as the change it describes: both land or neither. */
export async function recordAudit(tx: DbTransaction, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: record.actorId,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      ipAddress: record.ipAddress ?? null,
      changes: JSON.stringify({ before: record.before, after: record.after }),
    },
  });
}
