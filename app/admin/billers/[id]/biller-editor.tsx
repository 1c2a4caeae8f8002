'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { toast } from '@/components/ui/toast';
import {
  updateBillerSchema,
  type UpdateBillerInput,
  type UpdateBillerValues,
} from '@/lib/domain/biller-config';
import type { BillerAdmin } from '@/lib/server/admin/billers/biller-admin-dto';
import { updateBillerAction } from '../actions';
import { BillerFields } from '../biller-fields';
import { editValues } from './edit-values';
import { StatusPanel } from './status-panel';

const FIELDS = [
  'category',
  'kind',
  'nameId',
  'nameEn',
  'inquiryProductCode',
  'sortOrder',
  'adminFee',
  'agentCommission',
  'maxOutletMarkup',
  'minAmount',
  'maxAmount',
] as const;

/**
 * The edit form and the status controls of one biller. Both write conditionally on the version
 * the page was loaded at, which the form carries; when someone else saved first the admin is
 * told, keeps what they typed, and can load the latest values.
 */
export function BillerEditor({
  biller,
  title,
  aside,
}: {
  biller: BillerAdmin;
  title: string;
  /** Shown under the status controls (the recent changes, rendered on the server). */
  aside?: React.ReactNode;
}) {
  const t = useTranslations('adminCatalogue');
  const form = useForm<UpdateBillerInput, unknown, UpdateBillerValues>({
    resolver: zodResolver(updateBillerSchema),
    defaultValues: editValues(biller),
  });
  const [stale, setStale] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { isSubmitting } = form.formState;
  // Focuses the stale-edit notice as it appears, so keyboard and screen-reader users land on it.
  const focusOnMount = useCallback((node: HTMLDivElement | null) => node?.focus(), []);

  const refused = (result: { code: string; message: string }) => {
    if (result.code === 'CONFLICT') {
      setStale(result.message);
    } else {
      setFailure(result.message);
    }
  };

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await updateBillerAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, FIELDS)) refused(result);
      return;
    }
    const unchanged = result.data.version === values.version;
    form.reset(editValues(result.data));
    toast.success(unchanged ? t('nothingChanged') : t('savedToast', { name: title }));
  });

  return (
    <FormProvider {...form}>
      {stale ? (
        <div ref={focusOnMount} tabIndex={-1} className="mb-5 outline-none">
          <Alert tone="danger" title={t('staleTitle')}>
            <p>{stale}</p>
            <p className="mt-1">{t('staleKept')}</p>
            {/* A full load on purpose: the form starts again from what is stored now. */}
            <a
              href={`/admin/billers/${biller.id}`}
              className="mt-2 inline-block font-semibold underline"
            >
              {t('staleReload')}
            </a>
          </Alert>
        </div>
      ) : null}
      <div className="grid items-start gap-5 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-4 xl:order-2">
          <StatusPanel
            biller={biller}
            title={title}
            version={() => form.getValues('version')}
            onChanged={(saved) => form.setValue('version', saved.version)}
            onRefused={refused}
          />
          {aside}
        </div>
        <form onSubmit={submit} noValidate className="xl:order-1">
          <Card>
            <CardHeader>
              <CardTitle as="h2">{t('settingsTitle')}</CardTitle>
            </CardHeader>
            <CardContent className="space-y-6">
              <input type="hidden" {...form.register('billerId')} />
              <input type="hidden" {...form.register('version', { valueAsNumber: true })} />
              {failure ? <Alert tone="danger">{failure}</Alert> : null}
              <BillerFields />
              <div className="flex justify-end border-t border-slate-200 pt-5">
                <Button type="submit" loading={isSubmitting}>
                  {t('save')}
                </Button>
              </div>
            </CardContent>
          </Card>
        </form>
      </div>
    </FormProvider>
  );
}
