'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { toast } from '@/components/ui/toast';
import {
  setBillerStatusSchema,
  type BillerStatus,
  type SetBillerStatusInput,
} from '@/lib/domain/biller-config';
import type { BillerAdmin } from '@/lib/server/admin/billers/biller-admin-dto';
import { setBillerStatusAction } from '../actions';
import { MaintenanceMessageFields } from '../maintenance-message-fields';
import { BillerStatusBadge } from '../status-badge';

type Refusal = { code: string; message: string };

export function StatusPanel({
  biller,
  title,
  version,
  onChanged,
  onRefused,
}: {
  biller: BillerAdmin;
  title: string;
  /** The version the page's edit form was loaded at (a status change is an edit too). */
  version: () => number;
  onChanged: (saved: BillerAdmin) => void;
  onRefused: (result: Refusal) => void;
}) {
  const t = useTranslations('adminCatalogue');
  const tc = useTranslations('common');
  const [confirming, setConfirming] = useState<'ACTIVE' | 'DISABLED' | null>(null);
  const [maintenanceOpen, setMaintenanceOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const messages = {
    maintenanceMessageId: biller.maintenanceMessageId ?? '',
    maintenanceMessageEn: biller.maintenanceMessageEn ?? '',
  };
  const form = useForm<SetBillerStatusInput>({
    resolver: zodResolver(setBillerStatusSchema),
    defaultValues: { billerId: biller.id, version: 1, status: 'MAINTENANCE', ...messages },
  });

  const done = (status: BillerStatus, saved: BillerAdmin) => {
    onChanged(saved);
    toast.success(t(`statusToast.${status}`, { name: title }));
  };

  const change = (status: 'ACTIVE' | 'DISABLED') =>
    startTransition(async () => {
      const result = await setBillerStatusAction({
        billerId: biller.id,
        version: version(),
        status,
        ...messages,
      });
      setConfirming(null);
      if (!result.ok) return onRefused(result);
      done(status, result.data);
    });

  const openMaintenance = () => {
    form.reset({ billerId: biller.id, version: version(), status: 'MAINTENANCE', ...messages });
    setMaintenanceOpen(true);
  };

  const startMaintenance = form.handleSubmit(async (values) => {
    const result = await setBillerStatusAction(values);
    if (!result.ok) {
      const fields = ['maintenanceMessageId', 'maintenanceMessageEn'] as const;
      if (applyFieldErrors(form.setError, result.fieldErrors, fields)) return;
      setMaintenanceOpen(false);
      return onRefused(result);
    }
    setMaintenanceOpen(false);
    done('MAINTENANCE', result.data);
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t('statusTitle')}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        <div className="flex items-center gap-2">
          <BillerStatusBadge status={biller.status} />
          <span className="text-sm text-slate-600">{t(`statusHelp.${biller.status}`)}</span>
        </div>
        {biller.status === 'MAINTENANCE' ? (
          <div className="rounded-control bg-warning-subtle text-warning-fg space-y-1 p-3 text-sm">
            <p className="font-medium">{t('currentMessage')}</p>
            <p lang="id">{biller.maintenanceMessageId}</p>
            <p lang="en" className="text-slate-600">
              {biller.maintenanceMessageEn}
            </p>
          </div>
        ) : null}
        <div className="flex flex-wrap gap-2 pt-1">
          {biller.status !== 'ACTIVE' ? (
            <Button size="sm" onClick={() => setConfirming('ACTIVE')}>
              {t('enable')}
            </Button>
          ) : null}
          <Button size="sm" variant="secondary" onClick={openMaintenance}>
            {biller.status === 'MAINTENANCE' ? t('editMaintenance') : t('startMaintenance')}
          </Button>
          {biller.status !== 'DISABLED' ? (
            <Button size="sm" variant="danger" onClick={() => setConfirming('DISABLED')}>
              {t('disable')}
            </Button>
          ) : null}
        </div>
      </CardContent>

      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => setConfirming(open ? confirming : null)}
        title={
          confirming === 'DISABLED'
            ? t('disableConfirmTitle', { name: title })
            : t('enableConfirmTitle', { name: title })
        }
        description={confirming === 'DISABLED' ? t('disableConfirmBody') : t('enableConfirmBody')}
        closeLabel={tc('close')}
        confirmLabel={confirming === 'DISABLED' ? t('disable') : t('enable')}
        cancelLabel={t('cancel')}
        destructive={confirming === 'DISABLED'}
        loading={pending}
        onConfirm={() => confirming && change(confirming)}
      />

      <Dialog
        open={maintenanceOpen}
        onOpenChange={setMaintenanceOpen}
        title={t('maintenanceDialogTitle', { name: title })}
        description={t('maintenanceDialogBody')}
        closeLabel={tc('close')}
        className="max-w-2xl"
      >
        <FormProvider {...form}>
          <form onSubmit={startMaintenance} noValidate className="mt-4 space-y-4">
            <MaintenanceMessageFields />
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setMaintenanceOpen(false)}>
                {t('cancel')}
              </Button>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('maintenanceSave')}
              </Button>
            </div>
          </form>
        </FormProvider>
      </Dialog>
    </Card>
  );
}
