import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { BillerStatus } from '@/lib/domain/biller-config';

const TONES: Record<BillerStatus, BadgeTone> = {
  ACTIVE: 'success',
  MAINTENANCE: 'warning',
  DISABLED: 'neutral',
};

export function BillerStatusBadge({ status }: { status: BillerStatus }) {
  const t = useTranslations('adminCatalogue');
  return <Badge tone={TONES[status]}>{t(`statuses.${status}`)}</Badge>;
}
