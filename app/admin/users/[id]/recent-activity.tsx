import { useTranslations } from 'next-intl';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import type { AuditEntryView } from '@/lib/server/admin/audit/audit-entry-view';

const shown = (value: unknown) =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** The latest audit entries about one user: who did what, and which fields moved. */
export function RecentActivity({ entries, locale }: { entries: AuditEntryView[]; locale: Locale }) {
  const t = useTranslations('people');
  if (entries.length === 0) return <p className="text-sm text-slate-500">{t('noActivity')}</p>;
  return (
    <Table caption={t('recentActivity')}>
      <THead>
        <TR>
          <TH>{t('when')}</TH>
          <TH>{t('who')}</TH>
          <TH>{t('action')}</TH>
          <TH>{t('changes')}</TH>
        </TR>
      </THead>
      <TBody>
        {entries.map((entry) => (
          <TR key={entry.id} className="align-top">
            <TD className="whitespace-nowrap">
              <time dateTime={entry.createdAt.toISOString()}>
                {formatDateTimeWib(entry.createdAt, locale)}
              </time>
            </TD>
            <TD>{entry.actor.name}</TD>
            <TD>
              <code className="text-xs">{entry.action}</code>
            </TD>
            <TD>
              <ul className="space-y-0.5 text-xs">
                {entry.changes.map((change) => (
                  <li key={change.field} className="break-all">
                    <span className="font-medium">{change.field}</span>: {shown(change.before)} →{' '}
                    {shown(change.after)}
                  </li>
                ))}
              </ul>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
