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
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/toast';
import { createStaffSchema, STAFF_ROLES } from '@/lib/domain/people';
import { createStaffAction } from '../actions';

type Values = z.input<typeof createStaffSchema>;
type Field = keyof Values;

/** An agent or admin account; the person sets their password through the e-mailed link. */
export function CreateStaffForm() {
  const t = useTranslations('people');
  const ta = useTranslations('admin');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof createStaffSchema>>({
    resolver: zodResolver(createStaffSchema),
    defaultValues: { name: '', email: '', role: 'AGENT', locale: 'id' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    const result = await createStaffAction(form.getValues());
    if (!result.ok) {
      const fields: Field[] = ['name', 'email', 'role', 'locale'];
      if (!applyFieldErrors(form.setError, result.fieldErrors, fields))
        setFormError(result.message);
      return;
    }
    toast.success(t('staffCreated', { name: result.data.name, email: result.data.email }));
    router.push(`/admin/users/${result.data.id}`);
  });

  const field = (name: Field) => ({
    invalid: Boolean(errors[name]),
    ...fieldA11yProps(name, { error: fieldErrorText(errors[name]) }),
    ...form.register(name),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <FormField id="name" label={t('name')} error={fieldErrorText(errors.name)} required>
        <Input autoComplete="off" {...field('name')} />
      </FormField>
      <FormField id="email" label={t('email')} error={fieldErrorText(errors.email)} required>
        <Input type="email" autoComplete="off" {...field('email')} />
      </FormField>
      <FormField id="role" label={t('role')} error={fieldErrorText(errors.role)} required>
        <Select {...field('role')}>
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {ta(`role${role}`)}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id="locale" label={t('emailLanguage')} error={fieldErrorText(errors.locale)}>
        <Select {...field('locale')}>
          <option value="id">{t('localeId')}</option>
          <option value="en">{t('localeEn')}</option>
        </Select>
      </FormField>
      <Button type="submit" loading={isSubmitting}>
        {t('createStaff')}
      </Button>
    </form>
  );
}
