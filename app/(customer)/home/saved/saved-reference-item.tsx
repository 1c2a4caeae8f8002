'use client';
import { Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast';
import type { SavedReferenceView } from '@/lib/server/saved-references/list-saved-references';
import { deleteSavedReferenceAction, inquireSavedReferenceAction } from './actions';
import { ReminderSwitch } from './reminder-switch';

export function SavedReferenceItem({ saved }: { saved: SavedReferenceView }) {
  const t = useTranslations('pay');
  const tc = useTranslations('common');
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [checking, startChecking] = useTransition();
  const [deleting, startDeleting] = useTransition();

  const check = () =>
    startChecking(async () => {
      const result = await inquireSavedReferenceAction({ id: saved.id });
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      router.push(`/home/inquiries/${result.data.id}`);
    });

  const remove = () =>
    startDeleting(async () => {
      const result = await deleteSavedReferenceAction({ id: saved.id });
      setConfirming(false);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(t('deletedToast'));
      router.refresh();
    });

  return (
    <li className="flex flex-wrap items-center gap-x-3 px-4 py-3">
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium">{saved.label}</p>
        <p className="truncate text-xs text-slate-500">
          {saved.biller.name} · <span className="tabular-nums">{saved.customerNo}</span>
        </p>
      </div>
      <Button size="sm" onClick={check} loading={checking} disabled={!saved.biller.available}>
        {saved.biller.available ? t('check') : t('unavailableBiller')}
      </Button>
      <Button
        size="sm"
        variant="ghost"
        onClick={() => setConfirming(true)}
        aria-label={`${t('delete')} ${saved.label}`}
      >
        <Trash2 aria-hidden="true" className="size-4" />
      </Button>
      {saved.reminders.offered ? (
        <ReminderSwitch id={saved.id} label={saved.label} enabled={saved.reminders.enabled} />
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('deleteConfirmTitle', { label: saved.label })}
        description={t('deleteConfirmBody')}
        closeLabel={tc('close')}
        confirmLabel={t('delete')}
        cancelLabel={t('cancel')}
        destructive
        loading={deleting}
        onConfirm={remove}
      />
    </li>
  );
}
