import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { customerStatus } from '@/lib/domain/history';
import type { TransactionStatus } from '@/lib/domain/transaction-state';

/** A transaction's state in the words and colour a customer reads (lib/domain/history.ts). */
export async function StatusBadge({ status }: { status: TransactionStatus }) {
  const t = await getTranslations('history');
  const { key, tone } = customerStatus(status);
  return (
    <Badge tone={tone} data-testid="history-status">
      {t(`status.${key}`)}
    </Badge>
  );
}
