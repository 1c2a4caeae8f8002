import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClassName } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/actor';
import {
  adminTransactionsQuery,
  readAdminTransactionFilters,
  type AdminTransactionFilterField,
} from '@/lib/domain/admin-transactions';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { searchTransactions } from '@/lib/server/admin/transactions/search-transactions';
import { TransactionStatusBadge } from './status-badge';
import { TransactionFilters, type FilterValues } from './transaction-filters';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminTransactions'))('list.title') };
}

type SearchParams = Record<string, string | string[] | undefined>;
const FIELDS: AdminTransactionFilterField[] = [
  'id',
  'reference',
  'customer',
  'outlet',
  'status',
  'channel',
  'from',
  'to',
  'minAge',
];

export default async function AdminTransactionsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePageActor(['ADMIN'], '/admin/transactions');
  const params = await searchParams;
  const { filters, errors: errorKeys } = readAdminTransactionFilters(params);
  const [t, tv, tc, tcat, locale] = await Promise.all([
    getTranslations('adminTransactions'),
    getTranslations('validation'),
    getTranslations('common'),
    getTranslations('categories'),
    getLocale().then(toLocale),
  ]);
  const result = await searchTransactions({ actor, filters, locale });
  const errors = Object.fromEntries(
    Object.entries(errorKeys).map(([field, key]) => [
      field,
      tv.has(key as never) ? tv(key as never) : tv('invalid'),
    ]),
  );
  const values: FilterValues = Object.fromEntries(
    FIELDS.map((field) => {
      const value = params[field];
      return [field, Array.isArray(value) ? value[0] : value];
    }),
  );

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('list.title')}</h1>
      <TransactionFilters values={values} errors={errors} />
      {Object.keys(errors).length > 0 ? (
        <Alert tone="warning">{t('list.filtersIgnored')}</Alert>
      ) : null}
      {filters.minAge ? (
        <Alert tone="info">{t('list.minAge', { minutes: filters.minAge })}</Alert>
      ) : null}

      {result.rows.length === 0 ? (
        <EmptyState title={t('list.emptyTitle')} description={t('list.emptyBody')} />
      ) : (
        <Table caption={t('list.title')}>
          <THead>
            <TR>
              <TH>{t('list.columnDate')}</TH>
              <TH>{t('list.columnBiller')}</TH>
              <TH>{t('list.columnCustomerNo')}</TH>
              <TH>{t('list.columnCustomer')}</TH>
              <TH>{t('list.columnChannel')}</TH>
              <TH className="text-right">{t('list.columnAmount')}</TH>
              <TH>{t('list.columnStatus')}</TH>
            </TR>
          </THead>
          <TBody>
            {result.rows.map((row) => (
              <TR key={row.id}>
                <TD className="whitespace-nowrap">
                  <Link
                    href={`/admin/transactions/${row.id}`}
                    className="text-brand-700 font-medium hover:underline"
                  >
                    {formatDateTimeWib(row.createdAt, locale)}
                  </Link>
                  <span className="block font-mono text-xs text-slate-500">{row.id}</span>
                </TD>
                <TD>
                  <span className="block font-medium">{row.billerName}</span>
                  <span className="text-xs text-slate-500">{tcat(row.category)}</span>
                </TD>
                <TD className="font-mono tabular-nums">{row.customerNo}</TD>
                <TD>
                  <span className="block">{row.customer.name}</span>
                  <span className="text-xs text-slate-500">{row.customer.email}</span>
                </TD>
                <TD>{row.outletName ?? t('list.channelOnline')}</TD>
                <TD className="text-right whitespace-nowrap tabular-nums">
                  {formatRupiah(row.amount)}
                </TD>
                <TD>
                  <TransactionStatusBadge status={row.status} />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}

      <nav
        aria-label={t('list.page', { page: result.page })}
        className="flex items-center justify-between text-sm"
      >
        <span className="text-slate-600">{t('list.page', { page: result.page })}</span>
        <div className="flex gap-2">
          {result.page > 1 ? (
            <Link
              className={buttonClassName('secondary', 'sm')}
              href={`/admin/transactions${adminTransactionsQuery(filters, result.page - 1)}`}
            >
              {tc('previous')}
            </Link>
          ) : null}
          {result.hasNext ? (
            <Link
              className={buttonClassName('secondary', 'sm')}
              href={`/admin/transactions${adminTransactionsQuery(filters, result.page + 1)}`}
            >
              {tc('next')}
            </Link>
          ) : null}
        </div>
      </nav>
    </div>
  );
}
