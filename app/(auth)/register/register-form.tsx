'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from '@/components/ui/toast';
import type { z } from 'zod';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { logIn } from '@/lib/auth/client';
import { registerSchema } from '@/lib/domain/account';
import type { Locale } from '@/lib/domain/locale';
import { register as registerAction } from './actions';

type RegisterValues = z.input<typeof registerSchema>;

export function RegisterForm({ locale }: { locale: Locale }) {
  const t = useTranslations('auth');
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RegisterValues, unknown, z.output<typeof registerSchema>>({
    resolver: zodResolver(registerSchema),
    defaultValues: { name: '', email: '', password: '', locale },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await registerAction(values);
    if (!result.ok) {
      const onFields = applyFieldErrors(form.setError, result.fieldErrors, [
        'name',
        'email',
        'password',
      ]);
      if (!onFields) setFormError(result.message);
      return;
    }
    toast.success(t('registered'));
    const login = await logIn(values.email, values.password);
    window.location.assign(login.ok ? '/continue' : '/login');
    await new Promise(() => {});
  });

  const field = (name: 'name' | 'email' | 'password', hint?: string) => ({
    invalid: Boolean(errors[name]),
    ...fieldA11yProps(name, { error: errors[name]?.message, hint }),
    ...form.register(name),
  });

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <FormField id="name" label={t('name')} error={fieldErrorText(errors.name)} required>
        <Input autoComplete="name" autoFocus {...field('name')} />
      </FormField>
      <FormField id="email" label={t('email')} error={fieldErrorText(errors.email)} required>
        <Input type="email" autoComplete="email" inputMode="email" {...field('email')} />
      </FormField>
      <FormField
        id="password"
        label={t('password')}
        hint={t('passwordHint')}
        error={fieldErrorText(errors.password)}
        required
      >
        <Input
          type="password"
          autoComplete="new-password"
          {...field('password', t('passwordHint'))}
        />
      </FormField>
      <Button type="submit" className="w-full" size="lg" loading={isSubmitting}>
        {t('submitRegister')}
      </Button>
    </form>
  );
}
