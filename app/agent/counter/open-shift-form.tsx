'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { openShiftSchema } from '@/lib/domain/counter';
import { openShiftAction } from './actions';

type Values = z.input<typeof openShiftSchema>;

/** The counter stays closed until the cashier counts the drawer's opening cash. */
export function OpenShiftForm() {
  const t = useTranslations('counter');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof openShiftSchema>>({
    resolver: zodResolver(openShiftSchema),
    defaultValues: { openingCash: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    const result = await openShiftAction(form.getValues());
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, ['openingCash'])) {
        setFormError(result.message);
      }
      if (result.code === 'CONFLICT') router.refresh();
      return;
    }
    router.refresh();
  });

  const error = fieldErrorText(errors.openingCash);
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <FormField
        id="openingCash"
        label={t('openingCash')}
        hint={t('openingCashHint')}
        error={error}
        required
      >
        <Input
          inputMode="numeric"
          autoComplete="off"
          autoFocus
          leading="Rp"
          invalid={Boolean(error)}
          className="h-12 font-mono text-xl sm:h-12 sm:text-xl"
          {...fieldA11yProps('openingCash', { error, hint: t('openingCashHint') })}
          {...form.register('openingCash')}
        />
      </FormField>
      <Button type="submit" size="lg" loading={isSubmitting}>
        {t('openShift')}
      </Button>
    </form>
  );
}
