import type { Metadata } from 'next';
import { PageNav } from '@/components/shell/page-nav';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { z } from 'zod';
import { buttonClassName } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { listOutlets } from '@/lib/server/admin/people/list-outlets';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people'))('outletsTitle') };
}

const filtersSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export default async function AdminOutletsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor(['ADMIN'], '/admin/outlets');
  const { page } = filtersSchema.parse(await searchParams);
  const [result, t, locale] = await Promise.all([
    listOutlets({ actor, page }),
    getTranslations('people'),
    getLocale().then(toLocale),
  ]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('outletsTitle')}</h1>
        <Link href="/admin/outlets/new" className={buttonClassName('primary', 'sm')}>
          {t('newOutlet')}
        </Link>
      </div>
      {result.rows.length === 0 ? (
        <EmptyState title={t('noOutlets')} description={t('noOutletsBody')} />
      ) : (
        <Table>
          <THead>
            <TR>
              <TH>{t('outletName')}</TH>
              <TH className="max-md:hidden">{t('owner')}</TH>
              <TH className="text-right max-sm:hidden">{t('cashiers')}</TH>
              <TH className="text-right">{t('deposit')}</TH>
              <TH className="max-md:hidden">{t('created')}</TH>
            </TR>
          </THead>
          <TBody>
            {result.rows.map((outlet) => (
              <TR key={outlet.id}>
                <TD>
                  <Link
                    href={`/admin/outlets/${outlet.id}`}
                    className="text-brand-700 block font-medium hover:underline"
                  >
                    {outlet.name}
                  </Link>
                  <span className="block text-xs text-slate-500">{outlet.address}</span>
                  <span className="block text-xs text-slate-500 md:hidden">
                    {outlet.owner.name}
                  </span>
                </TD>
                <TD className="max-md:hidden">
                  <Link
                    href={`/admin/users/${outlet.owner.id}`}
                    className="text-brand-700 hover:underline"
                  >
                    {outlet.owner.name}
                  </Link>
                  <span className="block text-xs text-slate-500">{outlet.owner.email}</span>
                </TD>
                <TD className="text-right tabular-nums max-sm:hidden">{outlet.cashierCount}</TD>
                <TD className="text-right whitespace-nowrap tabular-nums">
                  {formatRupiah(outlet.depositAvailable)}
                </TD>
                <TD className="whitespace-nowrap max-md:hidden">
                  {formatDateWib(outlet.createdAt, locale)}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
      <PageNav
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => `/admin/outlets?page=${page}`}
      />
    </div>
  );
}
