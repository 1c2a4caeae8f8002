import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { FactList } from '@/components/ui/fact-list';
import { requirePageActor } from '@/lib/auth/actor';
import { isAppError } from '@/lib/server/errors';
import { getOutletSettings, type OutletSettings } from '@/lib/server/outlets/get-outlet-settings';
import { SettingsForm } from './settings-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('counter'))('settings.title') };
}

/** The owner's outlet settings: the biaya loket (name and address are the admin's to change). */
export default async function OutletSettingsPage() {
  const actor = await requirePageActor(['AGENT'], '/agent/settings');
  let settings: OutletSettings;
  try {
    settings = await getOutletSettings({ actor });
  } catch (error) {
    if (isAppError(error) && error.code === 'FORBIDDEN') forbidden();
    throw error;
  }
  const t = await getTranslations('counter');
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-xl font-semibold tracking-tight">{t('settings.title')}</h1>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t('settings.outlet')}</CardTitle>
          <CardDescription>{t('settings.outletBody')}</CardDescription>
        </CardHeader>
        <CardContent>
          <FactList
            facts={[
              [t('settings.name'), settings.name],
              [t('settings.address'), settings.address],
            ]}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t('settings.markupTitle')}</CardTitle>
          <CardDescription>{t('settings.markupBody')}</CardDescription>
        </CardHeader>
        <CardContent>
          <SettingsForm markup={settings.markup} markupLimit={settings.markupLimit} />
        </CardContent>
      </Card>
    </div>
  );
}
