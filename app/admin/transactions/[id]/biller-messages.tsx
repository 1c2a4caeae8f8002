import { getTranslations } from 'next-intl/server';
import { FactList, type Fact } from '@/components/ui/fact-list';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import type { AdminTransactionDetail } from '@/lib/server/admin/transactions/get-transaction-admin';

const mono = (value: string) => <span className="font-mono text-xs break-all">{value}</span>;

/** What Loket sent to the biller switch and what it answered. */
export async function BillerMessages({
  detail,
  locale,
}: {
  detail: Pick<AdminTransactionDetail, 'billerMessages' | 'timeline'>;
  locale: Locale;
}) {
  const t = await getTranslations('adminTransactions.detail');
  const m = detail.billerMessages;
  const facts: Fact[] = [[t('switchInquiryId'), mono(m.switchInquiryId)]];
  if (m.billerPaymentId) facts.push([t('billerPaymentId'), mono(m.billerPaymentId)]);
  if (m.billerRef) facts.push([t('billerRef'), mono(m.billerRef)]);
  if (m.token) facts.push([t('token'), mono(m.token)]);
  if (m.kwhHundredths !== null) {
    facts.push([
      t('kwh'),
      (m.kwhHundredths / 100).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB'),
    ]);
  }
  if (m.failureReason) facts.push([t('failureReason'), mono(m.failureReason)]);
  facts.push([
    t('advice'),
    m.nextAdviceAt
      ? t('adviceValue', {
          attempts: m.adviceAttempts,
          next: formatDateTimeWib(m.nextAdviceAt, locale),
        })
      : t('adviceNone', { attempts: m.adviceAttempts }),
  ]);
  const answers = detail.timeline.filter((step) => step.actorType === 'SWITCH');
  return (
    <div className="space-y-3">
      <FactList facts={facts} />
      <div>
        <h4 className="text-sm font-medium text-slate-700">{t('switchAnswers')}</h4>
        {answers.length === 0 ? (
          <p className="text-sm text-slate-600">{t('switchAnswersEmpty')}</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm">
            {answers.map((answer) => (
              <li key={answer.id} className="flex flex-wrap gap-x-3">
                <span className="text-slate-800">{answer.reason}</span>
                <span className="text-xs text-slate-500">
                  {formatDateTimeWib(answer.at, locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
