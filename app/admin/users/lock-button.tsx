'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { setUserLockedAction } from './actions';

export function LockButton({
  userId,
  name,
  locked,
}: {
  userId: string;
  name: string;
  locked: boolean;
}) {
  const t = useTranslations('admin');
  const tc = useTranslations('common');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();

  const apply = (nextLocked: boolean) =>
    startTransition(async () => {
      const result = await setUserLockedAction({ userId, locked: nextLocked });
      setConfirming(false);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(nextLocked ? t('lockedToast', { name }) : t('unlockedToast', { name }));
      router.refresh();
    });

  if (locked) {
    return (
      <Button size="sm" variant="secondary" loading={pending} onClick={() => apply(false)}>
        {t('unlock')}
      </Button>
    );
  }
  return (
    <>
      <Button size="sm" variant="danger" onClick={() => setConfirming(true)}>
        {t('lock')}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('lockConfirmTitle', { name })}
        description={t('lockConfirmBody')}
        closeLabel={tc('close')}
        confirmLabel={t('lock')}
        cancelLabel={t('cancel')}
        destructive
        loading={pending}
        onConfirm={() => apply(true)}
      />
    </>
  );
}
