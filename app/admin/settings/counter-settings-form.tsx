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
import { counterSettingsSchema, MAX_REPRINT_LIMIT } from '@/lib/domain/counter-settings';
import { updateCounterSettingsAction } from './actions';

type Values = z.input<typeof counterSettingsSchema>;

export function CounterSettingsForm({
  reprintLimit,
  version,
}: {
  reprintLimit: number;
  version: number;
}) {
  const t = useTranslations('adminSettings');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof counterSettingsSchema>>({
    resolver: zodResolver(counterSettingsSchema),
    defaultValues: { reprintLimit: String(reprintLimit), version },
  });
  const { errors, isSubmitting } = form.formState;
  const hint = t('reprintLimitHint', { max: MAX_REPRINT_LIMIT });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await updateCounterSettingsAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, ['reprintLimit'])) {
        setFormError(result.message);
      }
      return;
    }
    form.reset({ reprintLimit: String(result.data.reprintLimit), version: result.data.version });
    toast.success(t('saved'));
    router.refresh();
  });

  // The field's input type is loose (coerced from text), so react-hook-form types its error widely.
  const error = fieldErrorText(errors.reprintLimit as FieldError | undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div aria-live="polite">
        {formError ? (
          <Alert tone="danger">
            {formError}{' '}
            <a href="/admin/settings" className="font-medium underline">
              {t('reload')}
            </a>
          </Alert>
        ) : null}
      </div>
      <input type="hidden" {...form.register('version')} />
      <FormField id="reprintLimit" label={t('reprintLimit')} hint={hint} error={error} required>
        <Input
          inputMode="numeric"
          autoComplete="off"
          invalid={Boolean(error)}
          className="max-w-32"
          {...fieldA11yProps('reprintLimit', { error, hint })}
          {...form.register('reprintLimit')}
        />
      </FormField>
      <Button type="submit" loading={isSubmitting}>
        {t('save')}
      </Button>
    </form>
  );
}
