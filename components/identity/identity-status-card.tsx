import { ChevronRight, ShieldCheck } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { IdentityStatusView } from '@/lib/domain/identity/submission';
import type { IdentityStatus } from '@/lib/domain/identity/verification-steps';

export const IDENTITY_STATUS_TONE: Record<IdentityStatus, BadgeTone> = {
  NONE: 'neutral',
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
};

/**
 * Where the customer's identity check stands, with a link to the identity page: for the home
 * and account pages. Takes the DTO of getIdentityStatus; shows the masked NIK at most.
 */
export async function IdentityStatusCard({ identity }: { identity: IdentityStatusView }) {
  const t = await getTranslations('identity');
  const { status } = identity;
  return (
    <Link
      href="/home/identity"
      className="hover:border-brand-300 flex items-center gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <ShieldCheck
        aria-hidden="true"
        className={
          status === 'APPROVED' ? 'text-success size-6 shrink-0' : 'size-6 shrink-0 text-slate-500'
        }
      />
      <span className="min-w-0 flex-1">
        <span className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{t('title')}</span>
          <Badge tone={IDENTITY_STATUS_TONE[status]}>{t(`status${status}`)}</Badge>
        </span>
        <span className="mt-0.5 block text-sm text-slate-600">{t(`card${status}`)}</span>
        {identity.latest && status !== 'NONE' ? (
          <span className="mt-0.5 block text-xs text-slate-500 tabular-nums">
            {t('factNik')} {identity.latest.nikMasked}
          </span>
        ) : null}
      </span>
      <span className="text-brand-700 flex shrink-0 items-center gap-0.5 text-sm font-medium">
        <span className="sr-only sm:not-sr-only">{t(`cardLink${status}`)}</span>
        <ChevronRight aria-hidden="true" className="size-4" />
      </span>
    </Link>
  );
}
