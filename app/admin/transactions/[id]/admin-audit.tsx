import { getTranslations } from 'next-intl/server';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import type { AdminActivity } from '@/lib/server/admin/transactions/transaction-admin-activity';

const KNOWN = ['recheck', 'resolve', 'refund'] as const;

/** What admins did to this transaction, from its audit entries. */
export async function AdminAudit({
  audit,
  locale,
}: {
  audit: AdminActivity['audit'];
  locale: Locale;
}) {
  const t = await getTranslations('adminTransactions.detail');
  if (audit.length === 0) return <p className="text-sm text-slate-600">{t('auditEmpty')}</p>;
  const label = (action: string) => {
    const verb = action.replace(/^transaction\./, '');
    return (KNOWN as readonly string[]).includes(verb)
      ? t(`auditAction.${verb as (typeof KNOWN)[number]}`)
      : action;
  };
  return (
    <ol className="divide-y divide-slate-100" data-testid="admin-audit">
      {audit.map((entry) => (
        <li key={entry.id} className="py-3 text-sm first:pt-0 last:pb-0">
          <p>
            <span className="font-medium text-slate-900">{label(entry.action)}</span>{' '}
            <span className="text-slate-600">
              {t('auditBy', { name: entry.actor.name, email: entry.actor.email })}
            </span>
          </p>
          <p className="text-xs text-slate-500">
            {formatDateTimeWib(entry.at, locale)}
            {entry.ipAddress ? ` · ${t('auditFrom', { ip: entry.ipAddress })}` : null}
          </p>
          {entry.reason ? (
            <p className="mt-1 break-words whitespace-pre-line text-slate-700">{entry.reason}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
