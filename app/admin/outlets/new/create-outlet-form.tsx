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
import { createOutletSchema } from '@/lib/domain/people';
import { createOutletAction } from '../actions';

type Values = z.input<typeof createOutletSchema>;
type Field = keyof Values;
type Candidate = { id: string; name: string; email: string };

/** An outlet for an agent who belongs to none yet; the agent becomes its owner. */
export function CreateOutletForm({ candidates }: { candidates: Candidate[] }) {
  const t = useTranslations('people');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof createOutletSchema>>({
    resolver: zodResolver(createOutletSchema),
    defaultValues: { name: '', address: '', ownerId: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    const result = await createOutletAction(form.getValues());
    if (!result.ok) {
      const fields: Field[] = ['name', 'address', 'ownerId'];
      if (!applyFieldErrors(form.setError, result.fieldErrors, fields))
        setFormError(result.message);
      return;
    }
    toast.success(t('outletCreated', { name: result.data.name }));
    router.push('/admin/outlets');
  });

  const field = (name: Field) => ({
    invalid: Boolean(errors[name]),
    ...fieldA11yProps(name, { error: fieldErrorText(errors[name]) }),
    ...form.register(name),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <FormField id="name" label={t('outletName')} error={fieldErrorText(errors.name)} required>
        <Input autoComplete="off" {...field('name')} />
      </FormField>
      <FormField id="address" label={t('address')} error={fieldErrorText(errors.address)} required>
        <Input autoComplete="off" {...field('address')} />
      </FormField>
      <FormField id="ownerId" label={t('owner')} error={fieldErrorText(errors.ownerId)} required>
        <Select {...field('ownerId')}>
          <option value="">{t('chooseOwner')}</option>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} ({candidate.email})
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" loading={isSubmitting}>
        {t('createOutlet')}
      </Button>
    </form>
  );
}
