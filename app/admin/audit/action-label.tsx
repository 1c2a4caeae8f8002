import { useTranslations } from 'next-intl';

/** An action's name in words where the catalogue has one, with its code for filtering. */
export function ActionLabel({ action }: { action: string }) {
  const t = useTranslations('adminCatalogue');
  const key = `actionNames.${action.replaceAll('.', '_')}` as Parameters<typeof t>[0];
  return (
    <span>
      {t.has(key) ? <span className="block font-medium">{t(key)}</span> : null}
      <code className="text-xs text-slate-500">{action}</code>
    </span>
  );
}
