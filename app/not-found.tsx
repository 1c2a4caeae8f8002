import { getTranslations } from 'next-intl/server';
import { StatusPage } from '@/components/shell/status-page';

export default async function NotFound() {
  const [t, tc] = await Promise.all([getTranslations('errors'), getTranslations('common')]);
  return (
    <StatusPage
      code="404"
      title={t('notFoundTitle')}
      body={t('notFoundBody')}
      action={{ href: '/', label: tc('backHome') }}
    />
  );
}
