'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast';
import { unblockReferenceAction } from './actions';

/** Takes a number off the blocklist after a confirmation. */
export function UnblockButton({ id, customerNo }: { id: string; customerNo: string }) {
  const t = useTranslations('fraud.blocklist');
  const tc = useTranslations('common');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);

  async function confirm() {
    setPending(true);
    const result = await unblockReferenceAction({ id });
    setPending(false);
    setOpen(false);
    if (!result.ok) toast.error(result.message);
    else toast.success(t('removed', { customerNo }));
    router.refresh();
  }

  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => setOpen(true)}
        aria-label={`${t('remove')} ${customerNo}`}
      >
        {t('remove')}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t('removeTitle', { customerNo })}
        description={t('removeBody')}
        closeLabel={tc('close')}
        confirmLabel={t('remove')}
        cancelLabel={t('cancel')}
        destructive
        loading={pending}
        onConfirm={() => void confirm()}
      />
    </>
  );
}
