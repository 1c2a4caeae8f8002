import 'server-only';
import { db } from '@/lib/db';

export type LedgerPosting = {
  id: string;
  kind: string;
  description: string;
  createdAt: Date;
  lines: { accountCode: string; accountName: string; debit: number; credit: number }[];
  debit: number;
  credit: number;
};

export type AdminActivity = {
  /** The ledger transactions posted for it, oldest first, each with its lines. */
  ledger: LedgerPosting[];
  /** What admins did to it, oldest first. */
  audit: {
    id: string;
    action: string;
    at: Date;
    actor: { name: string; email: string };
    ipAddress: string | null;
    reason: string | null;
  }[];
};

/** A reason the audit entry's `after` carries, if any (older entries may have none). */
function reasonOf(changes: string): string | null {
  try {
    const parsed = JSON.parse(changes) as { after?: { reason?: unknown } };
    return typeof parsed.after?.reason === 'string' ? parsed.after.reason : null;
  } catch {
    return null;
  }
}

/** The books and the admin actions of one transaction: two indexed queries. */
export async function transactionAdminActivity(transactionId: string): Promise<AdminActivity> {
  const [postings, entries] = await Promise.all([
    db.ledgerTransaction.findMany({
      where: { transactionId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: {
        entries: {
          orderBy: [{ debit: 'desc' }, { id: 'asc' }],
          include: { account: { select: { code: true, name: true } } },
        },
      },
    }),
    db.auditEntry.findMany({
      where: { targetType: 'Transaction', targetId: transactionId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: { actor: { select: { name: true, email: true } } },
    }),
  ]);
  return {
    ledger: postings.map((posting) => ({
      id: posting.id,
      kind: posting.kind,
      description: posting.description,
      createdAt: posting.createdAt,
      lines: posting.entries.map((entry) => ({
        accountCode: entry.account.code,
        accountName: entry.account.name,
        debit: entry.debit,
        credit: entry.credit,
      })),
      debit: posting.entries.reduce((sum, entry) => sum + entry.debit, 0),
      credit: posting.entries.reduce((sum, entry) => sum + entry.credit, 0),
    })),
    audit: entries.map((entry) => ({
      id: entry.id,
      action: entry.action,
      at: entry.createdAt,
      actor: entry.actor,
      ipAddress: entry.ipAddress,
      reason: reasonOf(entry.changes),
    })),
  };
}
