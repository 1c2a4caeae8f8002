import { useTranslations } from 'next-intl';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import type { AuditEntryView } from '@/lib/server/admin/audit/audit-entry-view';
import { ActionLabel } from './action-label';
import { ChangeTable } from './change-table';

export function AuditTable({ entries, locale }: { entries: AuditEntryView[]; locale: Locale }) {
  const t = useTranslations('adminCatalogue');
  const targetType = (type: string) => {
    const key = `targetTypes.${type}` as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : type;
  };
  return (
    <Table caption={t('auditTitle')}>
      <THead>
        <TR>
          <TH>{t('auditColumns.time')}</TH>
          <TH>{t('auditColumns.actor')}</TH>
          <TH>{t('auditColumns.action')}</TH>
          <TH>{t('auditColumns.target')}</TH>
          <TH>{t('auditColumns.ip')}</TH>
          <TH className="w-[32rem] min-w-72">{t('auditColumns.changes')}</TH>
        </TR>
      </THead>
      <TBody>
        {entries.map((entry) => (
          <TR key={entry.id} className="align-top">
            {/* On a phone the time takes two lines, leaving room for who did what. */}
            <TD className="min-w-32 md:whitespace-nowrap">
              <time dateTime={entry.createdAt.toISOString()}>
                {formatDateTimeWib(entry.createdAt, locale)}
              </time>
            </TD>
            <TD>
              <span className="block font-medium">{entry.actor.name}</span>
              <span className="block text-xs text-slate-500">{entry.actor.email}</span>
            </TD>
            <TD className="min-w-40">
              <ActionLabel action={entry.action} />
            </TD>
            <TD>
              <span className="block">{targetType(entry.targetType)}</span>
              <code className="text-xs whitespace-nowrap text-slate-500">{entry.targetId}</code>
            </TD>
            <TD className="font-mono text-xs whitespace-nowrap">{entry.ipAddress ?? '—'}</TD>
            <TD>
              {entry.changes.length === 0 ? (
                <span className="text-sm text-slate-500">{t('noFieldChanges')}</span>
              ) : (
                <details className="group">
                  <summary className="text-brand-700 cursor-pointer text-sm font-medium hover:underline">
                    {t('showChanges', { count: entry.changes.length })}
                  </summary>
                  <div className="mt-2">
                    <ChangeTable changes={entry.changes} />
                  </div>
                </details>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
