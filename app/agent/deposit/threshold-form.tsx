'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import { lowBalanceThresholdSchema } from '@/lib/domain/deposit';
import { setLowBalanceThresholdAction } from './actions';

type Values = z.input<typeof lowBalanceThresholdSchema>;

/** The owner's low-balance warning threshold. */
export function ThresholdForm({ threshold }: { threshold: number }) {
  const t = useTranslations('deposit.threshold');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof lowBalanceThresholdSchema>>({
    resolver: zodResolver(lowBalanceThresholdSchema),
    defaultValues: { threshold: new Intl.NumberFormat('id-ID').format(threshold) },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    const result = await setLowBalanceThresholdAction(form.getValues());
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, ['threshold'])) {
        setFormError(result.message);
      }
      return;
    }
    toast.success(t('saved'));
    router.refresh();
  });

  const error = fieldErrorText(errors.threshold as FieldError | undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <FormField id="threshold" label={t('label')} hint={t('hint')} error={error} required>
        <Input
          inputMode="numeric"
          autoComplete="off"
          leading="Rp"
          invalid={Boolean(error)}
          {...fieldA11yProps('threshold', { error, hint: t('hint') })}
          {...form.register('threshold')}
        />
      </FormField>
      <Button type="submit" variant="secondary" loading={isSubmitting}>
        {t('save')}
      </Button>
    </form>
  );
}
