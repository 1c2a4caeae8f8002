import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageActor } from '@/lib/auth/actor';
import { toLocale } from '@/lib/domain/locale';
import { listSavedReferences } from '@/lib/server/saved-references/list-saved-references';
import { SavedReferenceItem } from './saved-reference-item';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('pay'))('savedTitle') };
}

export default async function SavedReferencesPage() {
  const actor = await requirePageActor(['CUSTOMER'], '/home/saved');
  const [saved, t] = await Promise.all([
    listSavedReferences({ actor, locale: toLocale(await getLocale()) }),
    getTranslations('pay'),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t('savedTitle')}</h1>
      {saved.length === 0 ? (
        <EmptyState title={t('savedEmpty')} description={t('savedEmptyBody')} />
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
          {saved.map((item) => (
            <SavedReferenceItem key={item.id} saved={item} />
          ))}
        </ul>
      )}
    </div>
  );
}
