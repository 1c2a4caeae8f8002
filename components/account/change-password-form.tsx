'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { changePasswordAction } from '@/app/_actions/account';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import { changePasswordSchema } from '@/lib/domain/account';

type ChangePasswordValues = z.input<typeof changePasswordSchema>;
type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';

const EMPTY: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordForm() {
  const t = useTranslations('account');
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ChangePasswordValues, unknown, z.output<typeof changePasswordSchema>>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await changePasswordAction(values);
    if (!result.ok) {
      const fields: Field[] = ['currentPassword', 'newPassword', 'confirmPassword'];
      if (!applyFieldErrors(form.setError, result.fieldErrors, fields)) {
        setFormError(result.message);
      }
      return;
    }
    form.reset(EMPTY);
    toast.success(t('passwordChanged'));
  });

  const field = (name: Field, hint?: string) => ({
    invalid: Boolean(errors[name]),
    ...fieldA11yProps(name, { error: errors[name]?.message, hint }),
    ...form.register(name),
  });

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <FormField
        id="currentPassword"
        label={t('currentPassword')}
        error={fieldErrorText(errors.currentPassword)}
        required
      >
        <Input type="password" autoComplete="current-password" {...field('currentPassword')} />
      </FormField>
      <FormField
        id="newPassword"
        label={t('newPassword')}
        hint={t('newPasswordHint')}
        error={fieldErrorText(errors.newPassword)}
        required
      >
        <Input
          type="password"
          autoComplete="new-password"
          {...field('newPassword', t('newPasswordHint'))}
        />
      </FormField>
      <FormField
        id="confirmPassword"
        label={t('confirmPassword')}
        error={fieldErrorText(errors.confirmPassword)}
        required
      >
        <Input type="password" autoComplete="new-password" {...field('confirmPassword')} />
      </FormField>
      <Button type="submit" loading={isSubmitting}>
        {t('changePassword')}
      </Button>
    </form>
  );
}
