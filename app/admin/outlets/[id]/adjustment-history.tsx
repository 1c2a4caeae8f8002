import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PageNav } from '@/components/shell/page-nav';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import type { DepositAdjustmentRow } from '@/lib/server/deposits/list-deposit-adjustments';

/** The outlet's adjustments by admins: when, who, how much and why. */
export async function AdjustmentHistory({
  adjustments,
  locale,
  hrefFor,
}: {
  adjustments: { rows: DepositAdjustmentRow[]; page: number; pageCount: number };
  locale: Locale;
  hrefFor: (page: number) => string;
}) {
  const t = await getTranslations('deposit.adjust');
  return (
    <Card id="adjustments">
      <CardHeader>
        <CardTitle as="h2">{t('historyTitle')}</CardTitle>
        <CardDescription>{t('historyBody')}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {adjustments.rows.length === 0 ? (
          <EmptyState title={t('empty')} description={t('emptyBody')} />
        ) : (
          <Table caption={t('historyTitle')} data-testid="adjustments">
            <THead>
              <TR>
                <TH>{t('when')}</TH>
                <TH>{t('who')}</TH>
                <TH className="text-right">{t('amountColumn')}</TH>
                <TH>{t('reasonColumn')}</TH>
              </TR>
            </THead>
            <TBody>
              {adjustments.rows.map((row) => (
                <TR key={row.id}>
                  <TD className="whitespace-nowrap">{formatDateTimeWib(row.createdAt, locale)}</TD>
                  <TD className="whitespace-nowrap">
                    <Link
                      href={`/admin/users/${row.createdBy.id}`}
                      className="text-brand-700 hover:underline"
                    >
                      {row.createdBy.name}
                    </Link>
                  </TD>
                  <TD
                    className={cn(
                      'text-right font-medium whitespace-nowrap tabular-nums',
                      row.amount > 0 ? 'text-success-fg' : 'text-danger-fg',
                    )}
                  >
                    {row.amount > 0 ? '+' : ''}
                    {formatRupiah(row.amount)}
                  </TD>
                  <TD className="max-w-md min-w-56 break-words">{row.reason}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        {adjustments.pageCount > 1 ? (
          <PageNav page={adjustments.page} pageCount={adjustments.pageCount} hrefFor={hrefFor} />
        ) : null}
      </CardContent>
    </Card>
  );
}
