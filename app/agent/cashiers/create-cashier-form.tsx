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
import { createCashierSchema } from '@/lib/domain/outlet';
import { createCashierAction } from './actions';

type Values = z.input<typeof createCashierSchema>;
type Field = keyof Values;

/** A cashier login: name, e-mail and a first password the owner hands over in person. */
export function CreateCashierForm() {
  const t = useTranslations('counter');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof createCashierSchema>>({
    resolver: zodResolver(createCashierSchema),
    defaultValues: { name: '', email: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    const result = await createCashierAction(form.getValues());
    if (!result.ok) {
      const fields: Field[] = ['name', 'email', 'password'];
      if (!applyFieldErrors(form.setError, result.fieldErrors, fields))
        setFormError(result.message);
      return;
    }
    form.reset();
    toast.success(t('cashiers.created', { name: result.data.name }));
    router.refresh();
  });

  const field = (name: Field, hint?: string) => ({
    invalid: Boolean(errors[name]),
    ...fieldA11yProps(name, { error: fieldErrorText(errors[name]), hint }),
    ...form.register(name),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <FormField id="name" label={t('cashiers.name')} error={fieldErrorText(errors.name)} required>
        <Input autoComplete="off" {...field('name')} />
      </FormField>
      <FormField
        id="email"
        label={t('cashiers.email')}
        error={fieldErrorText(errors.email)}
        required
      >
        <Input type="email" autoComplete="off" {...field('email')} />
      </FormField>
      <FormField
        id="password"
        label={t('cashiers.password')}
        hint={t('cashiers.passwordHint')}
        error={fieldErrorText(errors.password)}
        required
      >
        <Input
          type="password"
          autoComplete="new-password"
          {...field('password', t('cashiers.passwordHint'))}
        />
      </FormField>
      <Button type="submit" loading={isSubmitting}>
        {t('cashiers.create')}
      </Button>
    </form>
  );
}
