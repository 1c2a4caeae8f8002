import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requirePageActor } from '@/lib/auth/actor';
import { categorySlug } from '@/lib/domain/categories';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { listBillerChanges } from '@/lib/server/admin/audit/list-audit-entries';
import { getBillerAdmin } from '@/lib/server/admin/billers/get-biller-admin';
import { isAppError } from '@/lib/server/errors';
import { BillerStatusBadge } from '../status-badge';
import { BillerEditor } from './biller-editor';
import { ProductList } from './product-list';
import { RecentChanges } from './recent-changes';

type Params = { params: Promise<{ id: string }> };

const idSchema = z.string().min(1).max(64);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCatalogue'))('billersTitle') };
}

export default async function BillerEditPage({ params }: Params) {
  const { id } = await params;
  const actor = await requirePageActor(['ADMIN'], `/admin/billers/${encodeURIComponent(id)}`);
  if (!idSchema.safeParse(id).success) notFound();
  const { biller, products } = await getBillerAdmin({ actor, billerId: id }).catch(
    (error: unknown) => {
      if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
      throw error;
    },
  );
  const [changes, t, tcat, locale] = await Promise.all([
    listBillerChanges({ actor, billerId: biller.id, productIds: products.map((p) => p.id) }),
    getTranslations('adminCatalogue'),
    getTranslations('categories'),
    getLocale().then(toLocale),
  ]);
  const title = locale === 'id' ? biller.nameId : biller.nameEn;

  return (
    <div className="max-w-7xl space-y-5">
      <Link
        href="/admin/billers"
        className="text-brand-700 inline-flex items-center gap-1 text-sm font-medium hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('backToBillers')}
      </Link>
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{title}</h1>
          <BillerStatusBadge status={biller.status} />
        </div>
        <p className="text-sm text-slate-600">
          <code className="font-mono">{biller.code}</code> · {tcat(categorySlug(biller.category))} ·{' '}
          {t(`kinds.${biller.kind}`)} ·{' '}
          {t('versionInfo', {
            version: biller.version,
            date: formatDateTimeWib(biller.updatedAt, locale),
          })}
        </p>
      </div>
      <BillerEditor
        biller={biller}
        title={title}
        aside={<RecentChanges entries={changes} billerId={biller.id} locale={locale} />}
      />
      <ProductList billerId={biller.id} products={products} locale={locale} />
    </div>
  );
}
