import { getTranslations } from 'next-intl/server';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import type { AdminTransactionDetail } from '@/lib/server/admin/transactions/get-transaction-admin';
import { TransactionStatusBadge } from '../status-badge';

const ACTORS = ['USER', 'SYSTEM', 'SWITCH', 'GATEWAY', 'ADMIN'] as const;

/** Every change of state with who caused it and why, oldest first. */
export async function StatusHistory({
  timeline,
  locale,
}: {
  timeline: AdminTransactionDetail['timeline'];
  locale: Locale;
}) {
  const t = await getTranslations('adminTransactions');
  const actorLabel = (type: string) =>
    (ACTORS as readonly string[]).includes(type)
      ? t(`detail.actor${type as (typeof ACTORS)[number]}`)
      : type;
  if (timeline.length === 0) return <p className="text-sm text-slate-600">{t('detail.none')}</p>;
  return (
    <ol data-testid="admin-timeline" className="divide-y divide-slate-100">
      {timeline.map((step) => (
        <li key={step.id} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0 sm:flex-row">
          <div className="sm:w-56 sm:shrink-0">
            <TransactionStatusBadge status={step.to} />
            <p className="mt-1 text-xs text-slate-500">
              <time dateTime={step.at.toISOString()}>{formatDateTimeWib(step.at, locale)}</time>
            </p>
          </div>
          <div className="min-w-0 text-sm">
            <p className="font-medium text-slate-800">
              {actorLabel(step.actorType)}
              {step.actor ? (
                <span className="font-normal text-slate-600">
                  {' '}
                  · {step.actor.name} ({step.actor.email})
                </span>
              ) : null}
              {step.from ? (
                <span className="font-normal text-slate-500">
                  {' '}
                  · {t('detail.timelineFrom', { status: t(`status.${step.from}`) })}
                </span>
              ) : null}
            </p>
            <p className="break-words text-slate-700">{step.reason}</p>
            {step.payloadDigest ? (
              <p className="truncate font-mono text-xs text-slate-400" title={step.payloadDigest}>
                {t('detail.digest')}: {step.payloadDigest.slice(0, 16)}…
              </p>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
