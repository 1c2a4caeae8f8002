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
import { toast } from '@/components/ui/toast';
import { formatRupiah } from '@/lib/domain/money';
import { outletSettingsSchema } from '@/lib/domain/outlet';
import { updateOutletSettingsAction } from './actions';

type Values = z.input<typeof outletSettingsSchema>;

/** The outlet's biaya loket, within the admin's maximum. */
export function SettingsForm({ markup, markupLimit }: { markup: number; markupLimit: number }) {
  const t = useTranslations('counter');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof outletSettingsSchema>>({
    resolver: zodResolver(outletSettingsSchema),
    defaultValues: { markup: new Intl.NumberFormat('id-ID').format(markup) },
  });
  const { errors, isSubmitting } = form.formState;
  const hint = t('settings.markupHint', { max: formatRupiah(markupLimit) });

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    const result = await updateOutletSettingsAction(form.getValues());
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, ['markup'])) {
        setFormError(result.message);
      }
      return;
    }
    toast.success(t('settings.saved'));
    router.refresh();
  });

  const error = fieldErrorText(errors.markup);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <FormField id="markup" label={t('settings.markup')} hint={hint} error={error} required>
        <Input
          inputMode="numeric"
          autoComplete="off"
          leading="Rp"
          invalid={Boolean(error)}
          className="max-w-xs"
          {...fieldA11yProps('markup', { error, hint })}
          {...form.register('markup')}
        />
      </FormField>
      <Button type="submit" loading={isSubmitting}>
        {t('settings.save')}
      </Button>
    </form>
  );
}
