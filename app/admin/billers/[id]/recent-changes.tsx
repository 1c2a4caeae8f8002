import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import type { AuditEntryView } from '@/lib/server/admin/audit/audit-entry-view';
import { ActionLabel } from '../../audit/action-label';
import { ChangeTable } from '../../audit/change-table';

/** The latest audit entries of this biller and its products. */
export function RecentChanges({
  entries,
  billerId,
  locale,
}: {
  entries: AuditEntryView[];
  billerId: string;
  locale: Locale;
}) {
  const t = useTranslations('adminCatalogue');
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t('recentChanges')}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        {entries.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noRecentChanges')}</p>
        ) : (
          <ol className="space-y-4">
            {entries.map((entry) => (
              <li key={entry.id} className="space-y-1.5 text-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-x-2">
                  <ActionLabel action={entry.action} />
                  <time dateTime={entry.createdAt.toISOString()} className="text-xs text-slate-500">
                    {formatDateTimeWib(entry.createdAt, locale)}
                  </time>
                </div>
                <p className="text-xs text-slate-600">
                  {entry.actor.name} · {entry.actor.email}
                </p>
                {/* Short edits open; a creation lists every field, so it starts folded. */}
                <details open={entry.changes.length <= 4}>
                  <summary className="text-brand-700 cursor-pointer text-xs font-medium">
                    {t('showChanges', { count: entry.changes.length })}
                  </summary>
                  <div className="mt-1">
                    <ChangeTable changes={entry.changes} stacked />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        )}
        <Link
          href={`/admin/audit?targetId=${encodeURIComponent(billerId)}`}
          className="text-brand-700 inline-block text-sm font-medium hover:underline"
        >
          {t('allChanges')}
        </Link>
      </CardContent>
    </Card>
  );
}
