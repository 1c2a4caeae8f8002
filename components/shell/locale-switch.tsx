'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { setLocale } from '@/app/_actions/locale';
import { LOCALES, type Locale } from '@/lib/domain/locale';
import { cn } from '@/components/ui/cn';

const LABELS: Record<Locale, string> = { id: 'ID', en: 'EN' };
const NAMES: Record<Locale, string> = { id: 'Bahasa Indonesia', en: 'English' };

export function LocaleSwitch({ className }: { className?: string }) {
  const t = useTranslations('common');
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  return (
    <div
      role="group"
      aria-label={t('switchLanguage')}
      className={cn('inline-flex rounded-md border border-slate-300 p-0.5', className)}
    >
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={current === locale}
          title={NAMES[locale]}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await setLocale({ locale });
              if (result.ok) router.refresh();
            })
          }
          className={cn(
            'min-w-9 rounded px-2 py-1 text-xs font-semibold',
            current === locale ? 'bg-brand-700 text-white' : 'text-slate-600 hover:bg-slate-100',
          )}
        >
          <span aria-hidden="true">{LABELS[locale]}</span>
          <span className="sr-only">{NAMES[locale]}</span>
        </button>
      ))}
    </div>
  );
}
