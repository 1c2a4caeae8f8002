import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/actor';
import { listOwnerCandidates } from '@/lib/server/admin/people/list-outlets';
import { CreateOutletForm } from './create-outlet-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people'))('newOutletTitle') };
}

export default async function NewOutletPage() {
  const actor = await requirePageActor(['ADMIN'], '/admin/outlets/new');
  const [t, candidates] = await Promise.all([
    getTranslations('people'),
    listOwnerCandidates({ actor }),
  ]);
  return (
    <div className="max-w-xl space-y-5">
      <Link
        href="/admin/outlets"
        className="text-brand-700 inline-flex items-center gap-1 text-sm font-medium hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('backToOutlets')}
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('newOutletTitle')}</h1>
        <p className="text-sm text-slate-600">{t('newOutletIntro')}</p>
      </div>
      {candidates.length === 0 ? (
        <Alert tone="info">
          {t('noCandidates')}{' '}
          <Link href="/admin/users/new" className="font-medium underline">
            {t('newStaff')}
          </Link>
        </Alert>
      ) : null}
      <Card>
        <CardContent>
          <CreateOutletForm candidates={candidates} />
        </CardContent>
      </Card>
    </div>
  );
}
