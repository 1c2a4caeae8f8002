import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/actor';
import { getCounterSettings } from '@/lib/server/admin/settings/counter-settings';
import { CounterSettingsForm } from './counter-settings-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminSettings'))('title') };
}

export default async function AdminSettingsPage() {
  const actor = await requirePageActor(['ADMIN'], '/admin/settings');
  const [settings, t] = await Promise.all([
    getCounterSettings({ actor }),
    getTranslations('adminSettings'),
  ]);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t('counterTitle')}</CardTitle>
          <CardDescription>{t('counterBody')}</CardDescription>
        </CardHeader>
        <CardContent>
          <CounterSettingsForm reprintLimit={settings.reprintLimit} version={settings.version} />
        </CardContent>
      </Card>
    </div>
  );
}
