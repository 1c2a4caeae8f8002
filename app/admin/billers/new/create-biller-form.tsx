'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/toast';
import {
  BILLER_STATUSES,
  createBillerSchema,
  type CreateBillerInput,
  type CreateBillerValues,
} from '@/lib/domain/biller-config';
import { createBillerAction } from '../actions';
import { BillerFields } from '../biller-fields';
import { FormSection } from '../form-section';
import { MaintenanceMessageFields } from '../maintenance-message-fields';

const EMPTY: CreateBillerInput = {
  code: '',
  category: 'ELECTRICITY',
  kind: 'POSTPAID',
  nameId: '',
  nameEn: '',
  inquiryProductCode: '',
  referenceRule: { kind: 'pln-postpaid' },
  adminFee: 2_500,
  agentCommission: 0,
  maxOutletMarkup: 5_000,
  minAmount: null,
  maxAmount: null,
  cutOffWindows: [],
  sortOrder: 100,
  status: 'DISABLED',
  maintenanceMessageId: '',
  maintenanceMessageEn: '',
};

const FIELDS = [
  'code',
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
  'status',
  'maintenanceMessageId',
  'maintenanceMessageEn',
] as const;

export function CreateBillerForm() {
  const t = useTranslations('adminCatalogue');
  const router = useRouter();
  const errorText = useFieldErrorText();
  const form = useForm<CreateBillerInput, unknown, CreateBillerValues>({
    resolver: zodResolver(createBillerSchema),
    defaultValues: EMPTY,
  });
  const [failure, setFailure] = useState<string | null>(null);
  const status = useWatch({ control: form.control, name: 'status' });
  const { errors, isSubmitting } = form.formState;
  const codeError = errorText(errors.code);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await createBillerAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, FIELDS)) setFailure(result.message);
      return;
    }
    toast.success(t('createdToast', { name: values.nameId }));
    router.push(`/admin/billers/${result.data.id}`);
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate>
        <Card>
          <CardContent className="space-y-6">
            {failure ? <Alert tone="danger">{failure}</Alert> : null}
            <FormField
              id="code"
              label={t('fields.code')}
              hint={t('hints.code')}
              error={codeError}
              required
              className="sm:max-w-sm"
            >
              <Input
                className="font-mono uppercase"
                autoCapitalize="characters"
                {...fieldA11yProps('code', { error: codeError, hint: true })}
                {...form.register('code', {
                  setValueAs: (value: string) => value.toUpperCase(),
                })}
              />
            </FormField>
            <BillerFields />
            <FormSection title={t('initialStatus')}>
              <FormField id="status" label={t('fields.status')} className="sm:max-w-sm" required>
                <Select {...fieldA11yProps('status')} {...form.register('status')}>
                  {BILLER_STATUSES.map((option) => (
                    <option key={option} value={option}>
                      {t(`statuses.${option}`)}
                    </option>
                  ))}
                </Select>
              </FormField>
              <p className="text-sm text-slate-600">{t(`statusHelp.${status}`)}</p>
              {status === 'MAINTENANCE' ? <MaintenanceMessageFields /> : null}
            </FormSection>
            <div className="flex justify-end">
              <Button type="submit" loading={isSubmitting}>
                {t('create')}
              </Button>
            </div>
          </CardContent>
        </Card>
      </form>
    </FormProvider>
  );
}
