import 'server-only';
import { db } from '@/lib/db';
import {
  missingVerification,
  type MissingVerification,
} from '@/lib/domain/identity/verification-steps';
import type { Locale } from '@/lib/domain/locale';
import { assertRole, type Actor } from '../actor';
import { AppError } from '../errors';
import { inquiryBillInclude, inquiryBillView, type InquiryBillView } from './inquiry-view';

export type InquiryView = InquiryBillView & {
  totalAmount: number;
  /** What stands between this customer and paying, in the order to fix it. */
  missingVerification: MissingVerification[];
  saved: boolean;
};

/** One inquiry, for its owner only: anyone else is told it does not exist. */
export async function getInquiry(input: {
  actor: Actor | null;
  id: string;
  locale: Locale;
  now?: Date;
}): Promise<InquiryView> {
  const actor = assertRole(input.actor, ['CUSTOMER']);
  const row = await db.transaction.findFirst({
    where: { id: input.id, userId: actor.id },
    include: {
      ...inquiryBillInclude,
      user: { select: { emailVerifiedAt: true, identityVerifiedAt: true, identityStatus: true } },
    },
  });
  if (!row) throw new AppError('NOT_FOUND', 'inquiryNotFound');
  const bill = inquiryBillView(row, { locale: input.locale, now: input.now ?? new Date() });
  const saved = await db.savedReference.count({
    where: { userId: actor.id, billerId: row.billerId, customerNo: row.customerNo },
  });
  return {
    ...bill,
    totalAmount: row.totalAmount,
    missingVerification: missingVerification({
      emailVerified: row.user.emailVerifiedAt !== null,
      identityVerified: row.user.identityVerifiedAt !== null,
      identityStatus: row.user.identityStatus,
    }),
    saved: saved > 0,
  };
}
