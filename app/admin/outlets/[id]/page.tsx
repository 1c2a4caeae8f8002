import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { StatementTable } from '@/components/deposit/statement-table';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { FactList } from '@/components/ui/fact-list';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateWib } from '@/lib/domain/datetime';
import { statementFiltersSchema } from '@/lib/domain/deposit';
import { toLocale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import { getOutletDetail, type OutletDetail } from '@/lib/server/admin/people/get-outlet-detail';
import { listDepositAdjustments } from '@/lib/server/deposits/list-deposit-adjustments';
import { listOutletStatement } from '@/lib/server/deposits/list-outlet-statement';
import { isAppError } from '@/lib/server/errors';
import { AdjustDepositForm } from './adjust-deposit-form';
import { AdjustmentHistory } from './adjustment-history';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people'))('outletDetail.title') };
}

const idSchema = z.string().min(1).max(64);
const adjustmentsPageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

/** One outlet for the back office: who runs it, its deposit, adjustments and statement. */
export default async function AdminOutletPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  if (!idSchema.safeParse(id).success) notFound();
  const basePath = `/admin/outlets/${id}`;
  const actor = await requirePageActor(['ADMIN'], basePath);
  let outlet: OutletDetail;
  try {
    outlet = await getOutletDetail({ actor, outletId: id });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
  const query = await searchParams;
  const parsed = statementFiltersSchema.safeParse(query);
  const filters = parsed.success ? parsed.data : { page: 1 };
  const adjustmentsPage = adjustmentsPageSchema.parse(
    Array.isArray(query.adjustments) ? query.adjustments[0] : query.adjustments,
  );
  const locale = toLocale(await getLocale());
  const [t, td, adjustments, statement] = await Promise.all([
    getTranslations('people'),
    getTranslations('deposit'),
    listDepositAdjustments({ actor, outletId: id, page: adjustmentsPage }),
    listOutletStatement({ actor, outletId: id, filters, locale }),
  ]);

  return (
    <div className="max-w-5xl space-y-5">
      <Link
        href="/admin/outlets"
        className="text-brand-700 inline-flex items-center gap-1 text-sm font-medium hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('backToOutlets')}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold break-words">{outlet.name}</h1>
        <p className="text-sm text-slate-600">{outlet.address}</p>
      </div>

      <div className="grid items-start gap-5 lg:grid-cols-2">
        <div className="space-y-5">
          <Card>
            <CardHeader>
              <CardTitle as="h2">{t('outletDetail.profile')}</CardTitle>
            </CardHeader>
            <CardContent>
              <FactList
                facts={[
                  [
                    t('outletDetail.owner'),
                    <span key="owner">
                      <Link
                        href={`/admin/users/${outlet.owner.id}`}
                        className="text-brand-700 hover:underline"
                      >
                        {outlet.owner.name}
                      </Link>
                      <span className="block text-xs font-normal text-slate-500">
                        {outlet.owner.email}
                      </span>
                    </span>,
                  ],
                  [t('outletDetail.address'), outlet.address],
                  [
                    t('outletDetail.markup'),
                    t('outletDetail.markupValue', { amount: formatRupiah(outlet.markup) }),
                  ],
                  [
                    t('outletDetail.threshold'),
                    outlet.lowBalanceThreshold > 0
                      ? formatRupiah(outlet.lowBalanceThreshold)
                      : t('outletDetail.thresholdOff'),
                  ],
                  [t('outletDetail.created'), formatDateWib(outlet.createdAt, locale)],
                ]}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">{t('outletDetail.cashiers')}</CardTitle>
            </CardHeader>
            <CardContent>
              {outlet.cashiers.length === 0 ? (
                <p className="text-sm text-slate-600">{t('outletDetail.noCashiers')}</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm">
                  {outlet.cashiers.map((cashier) => (
                    <li key={cashier.id} className="flex items-center justify-between gap-2 py-2">
                      <span className="min-w-0">
                        <Link
                          href={`/admin/users/${cashier.id}`}
                          className="text-brand-700 font-medium hover:underline"
                        >
                          {cashier.name}
                        </Link>
                        <span className="block truncate text-xs text-slate-500">
                          {cashier.email}
                        </span>
                      </span>
                      {cashier.locked ? (
                        <Badge tone="danger">{t('outletDetail.locked')}</Badge>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
        </div>

        <div className="space-y-5">
          <Card>
            <CardHeader>
              <CardTitle as="h2">{t('outletDetail.deposit')}</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid grid-cols-2 gap-4">
                <div className="space-y-0.5">
                  <dt className="text-sm font-medium text-slate-600">
                    {t('outletDetail.available')}
                  </dt>
                  <dd
                    className="text-2xl font-semibold tracking-tight tabular-nums"
                    data-testid="outlet-available"
                  >
                    {formatRupiah(outlet.deposit.available)}
                  </dd>
                  {outlet.deposit.low ? (
                    <dd>
                      <Badge tone="warning">{t('outletDetail.low')}</Badge>
                    </dd>
                  ) : null}
                </div>
                <div className="space-y-0.5">
                  <dt className="text-sm font-medium text-slate-600">{t('outletDetail.held')}</dt>
                  <dd className="pt-1 text-xl font-semibold text-slate-700 tabular-nums">
                    {formatRupiah(outlet.deposit.held)}
                  </dd>
                  <dd className="text-xs text-slate-500">{t('outletDetail.heldHint')}</dd>
                </div>
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">{td('adjust.title')}</CardTitle>
              <CardDescription>{td('adjust.body')}</CardDescription>
            </CardHeader>
            <CardContent>
              <AdjustDepositForm
                outletId={outlet.id}
                outletName={outlet.name}
                available={outlet.deposit.available}
              />
            </CardContent>
          </Card>
        </div>
      </div>

      <AdjustmentHistory
        adjustments={adjustments}
        locale={locale}
        hrefFor={(page) => `${basePath}?adjustments=${page}#adjustments`}
      />
      <StatementTable statement={statement} filters={filters} locale={locale} basePath={basePath} />
    </div>
  );
}
