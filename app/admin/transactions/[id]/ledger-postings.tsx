import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { LEDGER_ACCOUNTS, type KnownAccountCode } from '@/lib/domain/ledger';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import type { LedgerPosting } from '@/lib/server/admin/transactions/transaction-admin-activity';

const isKnownAccountCode = (code: string): code is KnownAccountCode =>
  Object.hasOwn(LEDGER_ACCOUNTS, code);

const amount = (value: number) => (value === 0 ? '' : formatRupiah(value));

/** Each ledger transaction of the payment as a small journal: its lines and their totals. */
export async function LedgerPostings({
  postings,
  locale,
}: {
  postings: LedgerPosting[];
  locale: Locale;
}) {
  const t = await getTranslations('adminTransactions.detail');
  // Known accounts by their code in the reader's language; any other by its stored name.
  const accountLabel = (line: { accountCode: string; accountName: string }) => {
    if (isKnownAccountCode(line.accountCode)) return t(`accounts.${line.accountCode}`);
    if (line.accountCode.startsWith('deposit_holds:')) return t('accounts.depositHolds');
    if (line.accountCode.startsWith('deposit:')) return t('accounts.deposit');
    return line.accountName;
  };
  if (postings.length === 0) return <p className="text-sm text-slate-600">{t('ledgerEmpty')}</p>;
  return (
    <div className="space-y-4" data-testid="ledger-postings">
      {postings.map((posting) => {
        const balanced = posting.debit === posting.credit;
        return (
          <Table
            key={posting.id}
            showCaption
            caption={
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-xs">{posting.kind}</span>
                <span className="font-normal text-slate-600">{posting.description}</span>
                <span className="text-xs font-normal text-slate-500">
                  {formatDateTimeWib(posting.createdAt, locale)}
                </span>
              </span>
            }
          >
            <THead>
              <TR>
                <TH>{t('ledgerAccount')}</TH>
                <TH className="w-36 text-right">{t('ledgerDebit')}</TH>
                <TH className="w-36 text-right">{t('ledgerCredit')}</TH>
              </TR>
            </THead>
            <TBody>
              {posting.lines.map((line, index) => (
                <TR key={`${line.accountCode}-${index}`}>
                  <TD>
                    <span className="font-mono text-xs">{line.accountCode}</span>
                    <span className="ml-2 text-slate-500">{accountLabel(line)}</span>
                  </TD>
                  <TD className="text-right tabular-nums">{amount(line.debit)}</TD>
                  <TD className="text-right tabular-nums">{amount(line.credit)}</TD>
                </TR>
              ))}
              <TR className="bg-slate-50 font-medium">
                <TD>
                  {t('ledgerTotal')}{' '}
                  <Badge tone={balanced ? 'success' : 'danger'} className="ml-2">
                    {balanced ? t('ledgerBalanced') : t('ledgerUnbalanced')}
                  </Badge>
                </TD>
                <TD className="text-right tabular-nums">{formatRupiah(posting.debit)}</TD>
                <TD className="text-right tabular-nums">{formatRupiah(posting.credit)}</TD>
              </TR>
            </TBody>
          </Table>
        );
      })}
    </div>
  );
}
