'use client';
import { useTranslations } from 'next-intl';
import { StatusPage } from '@/components/shell/status-page';
import { Button } from '@/components/ui/button';

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations('errors');
  return (
    <StatusPage
      code="500"
      title={t('errorTitle')}
      body={t('errorBody')}
      action={
        <Button type="button" onClick={reset}>
          {t('retry')}
        </Button>
      }
    />
  );
}
