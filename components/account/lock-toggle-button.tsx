'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/actions/result';

/** The page's own messages (each role words locking its people its own way). */
export type LockToggleMessages = (
  key:
    | 'lock'
    | 'unlock'
    | 'cancel'
    | 'lockConfirmBody'
    | 'lockConfirmTitle'
    | 'lockedToast'
    | 'unlockedToast',
  values?: { name: string },
) => string;

/**
 * Locks an account out at once, after a confirmation (its sessions end), or lets it back in with
 * one click. `setLocked` is the page's server action, which checks the role itself.
 */
export function LockToggleButton({
  name,
  locked,
  setLocked,
  t,
}: {
  name: string;
  locked: boolean;
  setLocked: (locked: boolean) => Promise<ActionResult<unknown>>;
  t: LockToggleMessages;
}) {
  const tc = useTranslations('common');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();

  const apply = (nextLocked: boolean) =>
    startTransition(async () => {
      const result = await setLocked(nextLocked);
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
      {/* Quiet in a list of people; the confirmation is where it reads as destructive. */}
      <Button size="sm" variant="secondary" onClick={() => setConfirming(true)}>
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
