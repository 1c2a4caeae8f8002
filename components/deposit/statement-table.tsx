import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Button, buttonClassName } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Statement, StatementFilters, StatementLine } from '@/lib/domain/deposit';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';

function query(basePath: string, filters: StatementFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return `${basePath}${text ? `?${text}` : ''}#statement`;
}

/**
 * The deposit's movements from the ledger, newest first, with the balance after each: the
 * owner's statement and the back office's view of it. Its date filter and pages stay on
 * `basePath`.
 */
export async function StatementTable({
  statement,
  filters,
  locale,
  basePath,
}: {
  statement: Statement;
  filters: StatementFilters;
  locale: Locale;
  basePath: string;
}) {
  const t = await getTranslations('deposit.statement');
  const filtered = Boolean(filters.from || filters.to);
  const detail = (line: StatementLine) =>
    line.sale
      ? `${line.sale.billerName} · ${line.sale.customerNo}`
      : line.topUp
        ? `${line.topUp.method === 'VA' ? 'VA' : 'Transfer'} ${line.topUp.channel}`
        : line.adjustment
          ? t('adjustmentReason', { reason: line.adjustment.reason })
          : null;
  return (
    // min-w-0: in a grid, the wide table scrolls inside its box instead of widening the page.
    <Card id="statement" className="min-w-0">
      <CardHeader>
        <CardTitle as="h2">{t('title')}</CardTitle>
        <CardDescription>{t('body')}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        <form action={`${basePath}#statement`} className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
            {t('from')}
            <Input type="date" name="from" defaultValue={filters.from} className="w-auto" />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
            {t('to')}
            <Input type="date" name="to" defaultValue={filters.to} className="w-auto" />
          </label>
          <Button type="submit" variant="secondary">
            {t('filter')}
          </Button>
          {filtered ? (
            <Link href={`${basePath}#statement`} className={buttonClassName('ghost', 'md')}>
              {t('reset')}
            </Link>
          ) : null}
        </form>
        {statement.lines.length === 0 ? (
          <EmptyState
            title={filtered ? t('emptyFiltered') : t('empty')}
            description={filtered ? undefined : t('emptyBody')}
          />
        ) : (
          <Table caption={t('title')} data-testid="statement">
            <THead>
              <TR>
                <TH>{t('date')}</TH>
                <TH>{t('description')}</TH>
                <TH className="text-right">{t('amountColumn')}</TH>
                <TH className="text-right">{t('balanceAfter')}</TH>
              </TR>
            </THead>
            <TBody>
              {statement.lines.map((line) => (
                <TR key={line.id}>
                  <TD className="whitespace-nowrap">{formatDateTimeWib(line.at, locale)}</TD>
                  <TD>
                    <span className="font-medium">{t(`kind.${line.kind}`)}</span>
                    {detail(line) ? (
                      <span className="block text-xs text-slate-500">{detail(line)}</span>
                    ) : null}
                  </TD>
                  <TD
                    className={cn(
                      'text-right font-medium whitespace-nowrap tabular-nums',
                      line.amount > 0 ? 'text-success-fg' : 'text-slate-800',
                    )}
                  >
                    {line.amount > 0 ? '+' : ''}
                    {formatRupiah(line.amount)}
                  </TD>
                  <TD className="text-right whitespace-nowrap tabular-nums">
                    {formatRupiah(line.balanceAfter)}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        {statement.pageCount > 1 ? (
          <nav aria-label={t('pages')} className="flex items-center justify-between gap-2 text-sm">
            {statement.page > 1 ? (
              <Link
                href={query(basePath, filters, statement.page - 1)}
                className={buttonClassName('secondary', 'sm')}
              >
                {t('previous')}
              </Link>
            ) : (
              <span />
            )}
            <span className="text-slate-600">
              {t('pageOf', { page: statement.page, count: statement.pageCount })}
            </span>
            {statement.page < statement.pageCount ? (
              <Link
                href={query(basePath, filters, statement.page + 1)}
                className={buttonClassName('secondary', 'sm')}
              >
                {t('next')}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </CardContent>
    </Card>
  );
}
