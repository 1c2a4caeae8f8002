import 'server-only';
import { db } from '@/lib/db';
import { billRemindersApply } from '@/lib/domain/bill-reminders';
import type { Locale } from '@/lib/domain/locale';
import { assertRole, type Actor } from '../actor';

export type SavedReferenceView = {
  id: string;
  label: string;
  customerNo: string;
  biller: { code: string; name: string; available: boolean };
  /** Monthly bills only: whether reminders are offered, and on. */
  reminders: { offered: boolean; enabled: boolean };
};

export const SAVED_REFERENCES_LIMIT = 50;

export async function listSavedReferences(input: {
  actor: Actor | null;
  locale: Locale;
}): Promise<SavedReferenceView[]> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const rows = await db.savedReference.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: SAVED_REFERENCES_LIMIT,
    include: {
      biller: {
        select: {
          code: true,
          nameId: true,
          nameEn: true,
          status: true,
          kind: true,
          category: true,
        },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    customerNo: row.customerNo,
    biller: {
      code: row.biller.code,
      name: input.locale === 'id' ? row.biller.nameId : row.biller.nameEn,
      available: row.biller.status !== 'DISABLED',
    },
    reminders: { offered: billRemindersApply(row.biller), enabled: row.remindersEnabled },
  }));
}
