import { getTranslations } from 'next-intl/server';
import { AutoRefresh } from '@/components/shell/auto-refresh';
import { CopyButton } from '@/components/shell/copy-button';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { TopUpStatus } from '@/lib/domain/deposit';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import type { TopUpItem } from '@/lib/server/deposits/list-top-ups';

const TONE: Record<TopUpStatus, BadgeTone> = {
  PENDING: 'warning',
  PAID: 'success',
  REJECTED: 'danger',
  EXPIRED: 'neutral',
};

/** Every VA still to pay, with how to pay it; the page refreshes itself until it is paid. */
export async function PendingVas({
  topUps,
  locale,
  simulatorUrl,
}: {
  topUps: TopUpItem[];
  locale: Locale;
  simulatorUrl: string | null;
}) {
  const [t, tc] = await Promise.all([getTranslations('deposit'), getTranslations('checkout')]);
  const waiting = topUps.filter((topUp) => topUp.method === 'VA' && topUp.vaNumber);
  return (
    <>
      {waiting.map((topUp) => (
        <Card key={topUp.id} className="border-amber-300" data-testid="pending-va">
          <CardHeader>
            <CardTitle as="h2">{t('va.pendingTitle')}</CardTitle>
          </CardHeader>
          <CardContent className="space-y-3">
            <p className="text-sm text-slate-700">
              {t('va.instructions', {
                amount: formatRupiah(topUp.amount),
                time: topUp.expiresAt ? formatDateTimeWib(topUp.expiresAt, locale) : '—',
              })}
            </p>
            <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-slate-50 p-3">
              <div>
                <p className="text-xs text-slate-500">
                  {tc(`channel.${topUp.channel as 'BCA'}`)} · {t('va.vaNumber')}
                </p>
                <p
                  className="font-mono text-xl font-semibold tracking-wider"
                  data-testid="va-number"
                >
                  {topUp.vaNumber}
                </p>
                <p className="text-sm font-semibold tabular-nums" data-testid="va-amount">
                  {formatRupiah(topUp.amount)}
                </p>
              </div>
              <CopyButton
                value={topUp.vaNumber ?? ''}
                label={t('va.copy')}
                copiedLabel={t('va.copied')}
              />
            </div>
            <p className="text-sm text-slate-600">{tc(`vaSteps.${topUp.channel as 'BCA'}`)}</p>
            {simulatorUrl ? (
              <p className="text-sm text-slate-600">
                {t('va.simulatorHint')}{' '}
                <a
                  href={simulatorUrl}
                  target="_blank"
                  rel="noreferrer"
                  className="text-brand-700 font-medium underline"
                >
                  {t('va.simulatorLink')}
                </a>
              </p>
            ) : null}
            <p className="text-xs text-slate-500" aria-live="polite">
              {t('va.autoUpdate')}
            </p>
          </CardContent>
        </Card>
      ))}
      {waiting.length > 0 ? <AutoRefresh everyMs={4000} /> : null}
    </>
  );
}

/** The outlet's top-ups, newest first. */
export async function TopUpList({ topUps, locale }: { topUps: TopUpItem[]; locale: Locale }) {
  const t = await getTranslations('deposit');
  return (
    <section aria-labelledby="top-ups-title" className="space-y-2">
      <h2 id="top-ups-title" className="text-lg font-semibold">
        {t('topUps.title')}
      </h2>
      {topUps.length === 0 ? (
        <EmptyState title={t('topUps.empty')} description={t('topUps.emptyBody')} />
      ) : (
        <Table caption={t('topUps.title')} data-testid="top-ups">
          <THead>
            <TR>
              <TH>{t('topUps.date')}</TH>
              <TH>{t('topUps.method')}</TH>
              <TH className="text-right">{t('amount')}</TH>
              <TH>{t('topUps.status')}</TH>
              <TH>{t('topUps.detail')}</TH>
            </TR>
          </THead>
          <TBody>
            {topUps.map((topUp) => (
              <TR key={topUp.id}>
                <TD className="whitespace-nowrap">{formatDateTimeWib(topUp.createdAt, locale)}</TD>
                <TD className="whitespace-nowrap">
                  {t(`topUps.method${topUp.method}`, { bank: topUp.channel })}
                </TD>
                <TD className="text-right font-medium whitespace-nowrap tabular-nums">
                  {formatRupiah(topUp.amount)}
                </TD>
                <TD>
                  <Badge tone={TONE[topUp.status]}>{t(`topUps.status${topUp.status}`)}</Badge>
                </TD>
                <TD className="text-sm text-slate-600">
                  <TopUpDetail topUp={topUp} locale={locale} />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}

async function TopUpDetail({ topUp, locale }: { topUp: TopUpItem; locale: Locale }) {
  const t = await getTranslations('deposit.topUps');
  const parts: React.ReactNode[] = [];
  if (topUp.vaNumber) {
    parts.push(t('payTo', { number: topUp.vaNumber }));
    if (topUp.expiresAt)
      parts.push(t('until', { time: formatDateTimeWib(topUp.expiresAt, locale) }));
  }
  if (topUp.transferRef) parts.push(t('reference', { ref: topUp.transferRef }));
  if (topUp.rejectionReason) parts.push(t('rejectedReason', { reason: topUp.rejectionReason }));
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {parts.map((part, index) => (
        <span key={index}>{part}</span>
      ))}
      {topUp.hasProof ? (
        <a
          href={`/api/deposits/top-ups/${topUp.id}/proof`}
          target="_blank"
          rel="noreferrer"
          className="text-brand-700 font-medium underline"
        >
          {t('proof')}
        </a>
      ) : null}
    </span>
  );
}
