import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/actor';
import { CreateBillerForm } from './create-biller-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCatalogue'))('newTitle') };
}

export default async function NewBillerPage() {
  await requirePageActor(['ADMIN'], '/admin/billers/new');
  const t = await getTranslations('adminCatalogue');
  return (
    <div className="max-w-4xl space-y-5">
      <Link
        href="/admin/billers"
        className="text-brand-700 inline-flex items-center gap-1 text-sm font-medium hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('backToBillers')}
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('newTitle')}</h1>
        <p className="text-sm text-slate-600">{t('newIntro')}</p>
      </div>
      <CreateBillerForm />
    </div>
  );
}
