import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { isAmountRule, type BrokenRule } from '@/lib/domain/fraud-rules';
import { toLocale, type Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { listBlockedReferences, listBlocklistBillers } from '@/lib/server/admin/fraud/blocklist';
import { listFraudRules } from '@/lib/server/admin/fraud/fraud-rules';
import { listHolds } from '@/lib/server/admin/fraud/list-holds';
import { BlockForm } from './block-form';
import { HoldReview } from './hold-review';
import { RuleRow } from './rule-row';
import { UnblockButton } from './unblock-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('fraud'))('title') };
}

const billerName = (biller: { nameId: string; nameEn: string }, locale: Locale) =>
  locale === 'en' ? biller.nameEn : biller.nameId;

export default async function FraudPage() {
  const actor = await requirePageActor(['ADMIN'], '/admin/fraud');
  const [t, locale, rules, blocked, billers, holds] = await Promise.all([
    getTranslations('fraud'),
    getLocale().then(toLocale),
    listFraudRules({ actor }),
    listBlockedReferences({ actor }),
    listBlocklistBillers({ actor }),
    listHolds({ actor }),
  ]);
  const figure = (rule: BrokenRule, value: number) =>
    isAmountRule(rule.kind) ? formatRupiah(value) : String(value);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t('intro')}</p>
      </div>

      <section aria-labelledby="holds-title" className="space-y-3">
        <h2 id="holds-title" className="text-lg font-semibold">
          {t('holds.title')}{' '}
          <span className="text-sm font-normal text-slate-500">
            ({t('holds.count', { count: holds.length })})
          </span>
        </h2>
        {holds.length === 0 ? (
          <EmptyState title={t('holds.emptyTitle')} description={t('holds.emptyBody')} />
        ) : (
          <ul className="grid gap-3 lg:grid-cols-2">
            {holds.map((hold) => (
              <li key={hold.id}>
                <Card>
                  <CardHeader>
                    <CardTitle as="h3" className="text-base">
                      {billerName(hold.biller, locale)} ·{' '}
                      <span className="font-mono">{hold.customerNo}</span>
                    </CardTitle>
                    <p className="text-xs text-slate-500">
                      {t('holds.heldAt', { time: formatDateTimeWib(hold.heldAt, locale) })} ·{' '}
                      <Link
                        href={`/admin/transactions/${hold.transactionId}`}
                        className="text-brand-700 font-medium hover:underline"
                      >
                        {t('holds.details')}
                      </Link>
                    </p>
                  </CardHeader>
                  <CardContent className="space-y-3">
                    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                      <dt className="text-slate-500">{t('holds.customer')}</dt>
                      <dd>
                        {hold.customerName}{' '}
                        <span className="text-xs text-slate-500">{hold.customerEmail}</span>
                      </dd>
                      <dt className="text-slate-500">{t('holds.charged')}</dt>
                      <dd className="tabular-nums">{formatRupiah(hold.charged)}</dd>
                      {hold.channel ? (
                        <>
                          <dt className="text-slate-500">{t('holds.channel')}</dt>
                          <dd>{hold.channel}</dd>
                        </>
                      ) : null}
                      {hold.card ? (
                        <>
                          <dt className="text-slate-500">{t('holds.card')}</dt>
                          <dd className="font-mono">{hold.card}</dd>
                        </>
                      ) : null}
                    </dl>
                    <div className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                      <p className="font-medium">{t('holds.broken')}</p>
                      <ul className="mt-1 list-disc pl-5">
                        {hold.reasons.map((rule) => (
                          <li key={rule.kind}>
                            {rule.kind === 'BLOCKED_REFERENCE'
                              ? t('rules.kinds.BLOCKED_REFERENCE')
                              : t('holds.brokenLine', {
                                  rule: t(`rules.kinds.${rule.kind}`),
                                  limit: figure(rule, rule.limit),
                                  actual: figure(rule, rule.actual),
                                })}
                          </li>
                        ))}
                      </ul>
                    </div>
                    <HoldReview
                      holdId={hold.id}
                      customerNo={hold.customerNo}
                      amount={formatRupiah(hold.charged)}
                    />
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="rules-title" className="space-y-3">
        <h2 id="rules-title" className="text-lg font-semibold">
          {t('rules.title')}
        </h2>
        <Table caption={t('rules.title')}>
          <THead>
            <TR>
              <TH>{t('rules.columnRule')}</TH>
              <TH>{t('rules.columnLimit')}</TH>
              <TH>{t('rules.columnActive')}</TH>
              <TH className="max-md:hidden">{t('rules.columnUpdated')}</TH>
              <TH>
                <span className="sr-only">{t('rules.columnAction')}</span>
              </TH>
            </TR>
          </THead>
          <TBody>
            {rules.map((rule) => (
              <RuleRow
                key={`${rule.kind}-${rule.version}`}
                rule={rule}
                updated={
                  rule.updatedAt ? formatDateTimeWib(rule.updatedAt, locale) : t('rules.never')
                }
              />
            ))}
          </TBody>
        </Table>
      </section>

      <section aria-labelledby="blocklist-title" className="space-y-3">
        <div>
          <h2 id="blocklist-title" className="text-lg font-semibold">
            {t('blocklist.title')}
          </h2>
          <p className="text-sm text-slate-600">{t('blocklist.hint')}</p>
        </div>
        <Card>
          <CardContent>
            <BlockForm
              billers={billers.map((biller) => ({
                id: biller.id,
                name: billerName(biller, locale),
              }))}
            />
          </CardContent>
        </Card>
        {blocked.length === 0 ? (
          <EmptyState title={t('blocklist.emptyTitle')} description={t('blocklist.emptyBody')} />
        ) : (
          <Table caption={t('blocklist.title')}>
            <THead>
              <TR>
                <TH>{t('blocklist.columnCustomerNo')}</TH>
                <TH>{t('blocklist.columnBiller')}</TH>
                <TH>{t('blocklist.columnReason')}</TH>
                <TH>{t('blocklist.columnBy')}</TH>
                <TH>{t('blocklist.columnAt')}</TH>
                <TH>
                  <span className="sr-only">{t('blocklist.columnAction')}</span>
                </TH>
              </TR>
            </THead>
            <TBody>
              {blocked.map((row) => (
                <TR key={row.id}>
                  <TD className="font-mono">{row.customerNo}</TD>
                  <TD>{row.biller ? billerName(row.biller, locale) : t('blocklist.allBillers')}</TD>
                  <TD>{row.reason}</TD>
                  <TD>{row.createdBy}</TD>
                  <TD className="whitespace-nowrap">{formatDateTimeWib(row.createdAt, locale)}</TD>
                  <TD className="text-right">
                    <UnblockButton id={row.id} customerNo={row.customerNo} />
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </section>
    </div>
  );
}
