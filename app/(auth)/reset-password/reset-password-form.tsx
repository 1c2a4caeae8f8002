'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClassName } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { resetPasswordSchema } from '@/lib/domain/account';
import { resetPasswordAction } from './actions';

type ResetValues = z.input<typeof resetPasswordSchema>;
type Field = 'password' | 'confirmPassword';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth');
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<{ message: string; linkDead: boolean } | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<ResetValues, unknown, z.output<typeof resetPasswordSchema>>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, password: '', confirmPassword: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await resetPasswordAction(values);
    if (result.ok) {
      setDone(true);
      return;
    }
    if (!applyFieldErrors(form.setError, result.fieldErrors, ['password', 'confirmPassword'])) {
      setFormError({ message: result.message, linkDead: result.code === 'VALIDATION' });
    }
  });

  if (done) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title={t('resetDoneTitle')}>
          {t('resetDoneBody')}
        </Alert>
        <Link href="/login" className={buttonClassName('primary', 'lg') + ' w-full'}>
          {t('submitLogin')}
        </Link>
      </div>
    );
  }

  const field = (name: Field, hint?: string) => ({
    invalid: Boolean(errors[name]),
    ...fieldA11yProps(name, { error: errors[name]?.message, hint }),
    ...form.register(name),
  });

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <div aria-live="polite">
        {formError ? (
          <Alert tone="danger">
            {formError.message}{' '}
            {formError.linkDead ? (
              <Link href="/forgot-password" className="font-medium underline">
                {t('requestNewLink')}
              </Link>
            ) : null}
          </Alert>
        ) : null}
      </div>
      <FormField
        id="password"
        label={t('newPassword')}
        hint={t('passwordHint')}
        error={fieldErrorText(errors.password)}
        required
      >
        <Input
          type="password"
          autoComplete="new-password"
          autoFocus
          {...field('password', t('passwordHint'))}
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
      <Button type="submit" className="w-full" size="lg" loading={isSubmitting}>
        {t('resetSubmit')}
      </Button>
    </form>
  );
}
