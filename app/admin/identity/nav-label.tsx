import { useTranslations } from 'next-intl';

/** "Identitas" in the back office's navigation, with how many submissions wait for review. */
export function IdentityNavLabel({ pending }: { pending: number }) {
  const t = useTranslations('identityReview');
  return (
    <span className="flex items-center justify-between gap-2">
      {t('navIdentity')}
      {pending > 0 ? (
        <span className="bg-warning-subtle text-warning-fg ring-warning-border rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ring-1 ring-inset">
          {pending}
          <span className="sr-only"> {t('navPending')}</span>
        </span>
      ) : null}
    </span>
  );
}
