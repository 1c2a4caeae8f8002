import { ChevronRight } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import type { MissingVerification } from '@/lib/domain/identity/verification-steps';

/**
 * The steps still missing before a customer may pay, each saying where it stands and linking to
 * where it is done. Shown on the pay step and on the home page.
 */
export async function VerificationChecklist({
  steps,
  title,
}: {
  steps: readonly MissingVerification[];
  title: string;
}) {
  if (steps.length === 0) return null;
  const t = await getTranslations('pay');
  const item = (step: MissingVerification) => {
    if (step.step === 'EMAIL') {
      return {
        key: 'email',
        href: '/home/account',
        label: t('verifyEmail'),
        hint: t('verifyEmailHint'),
      };
    }
    const hints = {
      NONE: t('verifyIdentityHint'),
      PENDING: t('verifyIdentityPending'),
      REJECTED: t('verifyIdentityRejected'),
    };
    return {
      key: 'identity',
      href: '/home/identity',
      label: t('verifyIdentity'),
      hint: hints[step.status],
    };
  };
  return (
    <Alert tone="info" title={title} data-testid="verification-checklist">
      <span className="block">{t('verifyBody')}</span>
      <ul className="mt-2 space-y-2">
        {steps.map(item).map(({ key, href, label, hint }) => (
          <li key={key}>
            <Link
              href={href}
              className="flex items-center justify-between gap-3 rounded-md border border-current/20 bg-white/60 px-3 py-2 hover:bg-white"
            >
              <span>
                <span className="block font-medium">{label}</span>
                <span className="block text-xs opacity-80">{hint}</span>
              </span>
              <ChevronRight aria-hidden="true" className="size-4 shrink-0" />
            </Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
