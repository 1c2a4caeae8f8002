import { getTranslations } from 'next-intl/server';
import { LoadingPage } from '@/components/ui/loading';

export async function RouteLoading() {
  const t = await getTranslations('common');
  return <LoadingPage label={t('loading')} />;
}
