import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { IdentitySubmissionStatus } from '@/lib/domain/identity/review';

const TONES: Record<IdentitySubmissionStatus, BadgeTone> = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
};

export function StatusBadge({ status }: { status: IdentitySubmissionStatus }) {
  const t = useTranslations('identityReview');
  return <Badge tone={TONES[status]}>{t(`status${status}`)}</Badge>;
}
