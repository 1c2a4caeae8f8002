'use client';
import { useTranslations } from 'next-intl';
import { Dialog } from '@/components/ui/dialog';
import { COUNTER_SHORTCUTS } from '@/lib/domain/counter-keys';

/** Every key of the counter, opened with ? and closed with Escape. */
export function ShortcutsHelp({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations('counter');
  const tc = useTranslations('common');
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('shortcuts.title')}
      description={t('shortcuts.description')}
      closeLabel={tc('close')}
      className="max-w-lg"
    >
      <dl className="divide-y divide-slate-100 text-sm">
        {COUNTER_SHORTCUTS.map(({ keys, action }) => (
          <div key={action} className="flex items-center justify-between gap-4 py-2">
            <dt className="flex flex-wrap gap-1">
              {keys.map((key) => (
                <kbd
                  key={key}
                  className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs font-semibold"
                >
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-right text-slate-700">{t(`shortcuts.${action}`)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
