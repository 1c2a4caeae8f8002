'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast';
import { recheckTransactionAction } from './actions';

/** Asks the biller about a pending payment now, after a confirmation. */
export function RecheckPanel({ transactionId }: { transactionId: string }) {
  const t = useTranslations('adminTransactions.actions');
  const tc = useTranslations('common');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();

  const recheck = () =>
    startTransition(async () => {
      const result = await recheckTransactionAction({ transactionId });
      setConfirming(false);
      if (!result.ok) {
        toast.error(result.message);
        if (result.code === 'CONFLICT') router.refresh();
        return;
      }
      const { status } = result.data;
      const message =
        status === 'SUCCESS' || status === 'FAILED'
          ? t(`recheckResult${status}`)
          : t('recheckResultPENDING_BILLER');
      if (status === 'PENDING_BILLER') toast.info(message);
      else toast.success(message);
      router.refresh();
    });

  return (
    <section aria-labelledby="recheck-title" className="space-y-2">
      <h3 id="recheck-title" className="font-semibold">
        {t('recheckTitle')}
      </h3>
      <p className="text-sm text-slate-600">{t('recheckHint')}</p>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t('recheck')}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('recheckConfirmTitle')}
        description={t('recheckConfirmBody')}
        closeLabel={tc('close')}
        confirmLabel={t('recheck')}
        cancelLabel={t('cancel')}
        loading={pending}
        onConfirm={recheck}
      />
    </section>
  );
}
