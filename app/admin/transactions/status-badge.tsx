import { getTranslations } from 'next-intl/server';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { TransactionStatus } from '@/lib/domain/transaction-state';

const TONES: Record<TransactionStatus, BadgeTone> = {
  INQUIRED: 'neutral',
  AWAITING_PAYMENT: 'neutral',
  PAID: 'info',
  ON_HOLD: 'warning',
  PROCESSING: 'info',
  PENDING_BILLER: 'warning',
  SUCCESS: 'success',
  FAILED: 'danger',
  REFUNDED: 'brand',
  EXPIRED: 'neutral',
};

/** A transaction's exact state, as the back office tells them apart. */
export async function TransactionStatusBadge({ status }: { status: TransactionStatus }) {
  const t = await getTranslations('adminTransactions.status');
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
