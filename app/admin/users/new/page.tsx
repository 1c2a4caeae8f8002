import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card, CardContent } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/actor';
import { CreateStaffForm } from './create-staff-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people'))('newStaffTitle') };
}

export default async function NewStaffPage() {
  await requirePageActor(['ADMIN'], '/admin/users/new');
  const t = await getTranslations('people');
  return (
    <div className="max-w-xl space-y-5">
      <Link
        href="/admin/users"
        className="text-brand-700 inline-flex items-center gap-1 text-sm font-medium hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('backToUsers')}
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('newStaffTitle')}</h1>
        <p className="text-sm text-slate-600">{t('newStaffIntro')}</p>
      </div>
      <Card>
        <CardContent>
          <CreateStaffForm />
        </CardContent>
      </Card>
    </div>
  );
}
