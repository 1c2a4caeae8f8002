'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { forgotPasswordSchema } from '@/lib/domain/account';
import { requestPasswordResetAction } from './actions';

type ForgotValues = z.input<typeof forgotPasswordSchema>;

export function ForgotPasswordForm({ validHours }: { validHours: number }) {
  const t = useTranslations('auth');
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<ForgotValues, unknown, z.output<typeof forgotPasswordSchema>>({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await requestPasswordResetAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, ['email'])) {
        setFormError(result.message);
      }
      return;
    }
    setSentTo(result.data.email);
  });

  if (sentTo) {
    return (
      <div className="space-y-3" aria-live="polite">
        <Alert tone="success" title={t('forgotSentTitle')}>
          {t('forgotSentBody', { email: sentTo, hours: validHours })}
        </Alert>
        <p className="text-sm text-slate-600">{t('forgotNoEmail')}</p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <FormField id="email" label={t('email')} error={fieldErrorText(errors.email)} required>
        <Input
          type="email"
          autoComplete="username"
          inputMode="email"
          autoFocus
          invalid={Boolean(errors.email)}
          {...fieldA11yProps('email', { error: errors.email?.message })}
          {...form.register('email')}
        />
      </FormField>
      <Button type="submit" className="w-full" size="lg" loading={isSubmitting}>
        {t('forgotSubmit')}
      </Button>
    </form>
  );
}
