'use client';
import { CheckCheck } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toast';
import { markNotificationsReadAction } from './actions';

export function MarkAllRead() {
  const t = useTranslations('notifications');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const markAll = () =>
    startTransition(async () => {
      const result = await markNotificationsReadAction({ all: true });
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(t('markedAllRead'));
      router.refresh();
    });
  return (
    <Button size="sm" variant="secondary" loading={pending} onClick={markAll}>
      {pending ? null : <CheckCheck aria-hidden="true" className="size-4" />}
      {t('markAllRead')}
    </Button>
  );
}
