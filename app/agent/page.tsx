import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageActor } from '@/lib/auth/actor';
import { getAgentOutlet } from '@/lib/server/outlets/get-agent-outlet';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('agent'))('title') };
}

export default async function AgentCounterPage() {
  const actor = await requirePageActor(['AGENT'], '/agent');
  const [outlet, t] = await Promise.all([getAgentOutlet({ actor }), getTranslations('agent')]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1>{t('title')}</h1>
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        {outlet ? (
          <p className="text-sm text-slate-600">
            {outlet.name} · {outlet.address}
          </p>
        ) : (
          <Alert tone="warning">{t('noOutlet')}</Alert>
        )}
        <EmptyState title={t('readyTitle')} description={t('readyBody')} />
      </CardContent>
    </Card>
  );
}
