'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { logIn } from '@/lib/auth/client';
import type { LoginFailure } from '@/lib/auth/login-error';
import { loginSchema } from '@/lib/domain/account';

type LoginValues = z.input<typeof loginSchema>;

function continueUrl(returnTo: string | undefined): string {
  return returnTo ? `/continue?to=${encodeURIComponent(returnTo)}` : '/continue';
}

export function LoginForm({ returnTo }: { returnTo?: string }) {
  const t = useTranslations('auth');
  const fieldErrorText = useFieldErrorText();
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  const form = useForm<LoginValues, unknown, z.output<typeof loginSchema>>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    setFailure(null);
    const result = await logIn(email, password);
    if (!result.ok) {
      setFailure(result.failure);
      return;
    }
    // A full navigation, so every server component sees the new session cookie.
    window.location.assign(continueUrl(returnTo));
    await new Promise(() => {});
  });

  const failureMessage =
    failure?.kind === 'rateLimited'
      ? t('rateLimited', { minutes: failure.minutes })
      : failure?.kind === 'invalid'
        ? t('invalidCredentials')
        : failure?.kind === 'locked'
          ? t('accountLocked')
          : failure
            ? t('loginFailed')
            : null;

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <div aria-live="polite">
        {failureMessage ? <Alert tone="danger">{failureMessage}</Alert> : null}
      </div>
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
      <FormField
        id="password"
        label={t('password')}
        error={fieldErrorText(errors.password)}
        required
      >
        <Input
          type="password"
          autoComplete="current-password"
          invalid={Boolean(errors.password)}
          {...fieldA11yProps('password', { error: errors.password?.message })}
          {...form.register('password')}
        />
      </FormField>
      <p className="-mt-2 text-right text-sm">
        <Link
          href="/forgot-password"
          className="text-brand-700 font-medium underline-offset-4 hover:underline"
        >
          {t('forgotPasswordLink')}
        </Link>
      </p>
      <Button type="submit" className="w-full" size="lg" loading={isSubmitting}>
        {t('submitLogin')}
      </Button>
    </form>
  );
}
