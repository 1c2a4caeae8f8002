'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast';
import { setCashierLockedAction } from './actions';

/** Locks a cashier out at once (their sessions end), or lets them back in. */
export function LockCashierButton({
  userId,
  name,
  locked,
}: {
  userId: string;
  name: string;
  locked: boolean;
}) {
  const t = useTranslations('counter');
  const tc = useTranslations('common');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();

  const apply = (nextLocked: boolean) =>
    startTransition(async () => {
      const result = await setCashierLockedAction({ userId, locked: nextLocked });
      setConfirming(false);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(
        nextLocked ? t('cashiers.lockedToast', { name }) : t('cashiers.unlockedToast', { name }),
      );
      router.refresh();
    });

  if (locked) {
    return (
      <Button size="sm" variant="secondary" loading={pending} onClick={() => apply(false)}>
        {t('cashiers.unlock')}
      </Button>
    );
  }
  return (
    <>
      <Button size="sm" variant="danger" onClick={() => setConfirming(true)}>
        {t('cashiers.lock')}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('cashiers.lockConfirmTitle', { name })}
        description={t('cashiers.lockConfirmBody')}
        closeLabel={tc('close')}
        confirmLabel={t('cashiers.lock')}
        cancelLabel={t('cashiers.cancel')}
        destructive
        loading={pending}
        onConfirm={() => apply(true)}
      />
    </>
  );
}
