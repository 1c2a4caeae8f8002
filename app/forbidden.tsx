import { getTranslations } from 'next-intl/server';
import { StatusPage } from '@/components/shell/status-page';
import { getActor } from '@/lib/auth/actor';
import { homePathFor } from '@/lib/domain/roles';

export default async function Forbidden() {
  const [t, tc, actor] = await Promise.all([
    getTranslations('errors'),
    getTranslations('common'),
    getActor(),
  ]);
  return (
    <StatusPage
      code="403"
      title={t('forbiddenTitle')}
      body={t('forbiddenBody')}
      action={{ href: actor ? homePathFor(actor.role) : '/', label: tc('backHome') }}
    />
  );
}
