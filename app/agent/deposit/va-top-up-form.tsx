'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import { vaTopUpSchema } from '@/lib/domain/deposit';
import { requestVaTopUpAction } from './actions';
import { BankSelect } from './bank-select';

type Values = z.input<typeof vaTopUpSchema>;
const newKey = () => crypto.randomUUID();

/**
 * Asks for a top-up VA. The idempotency key is made when the form mounts, so a double click
 * opens one VA; after a success the page lists the VA with how to pay it, and the form takes a
 * new key for the next top-up.
 */
export function VaTopUpForm() {
  const t = useTranslations('deposit');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof vaTopUpSchema>>({
    resolver: zodResolver(vaTopUpSchema),
    defaultValues: { amount: '', bank: '' as never, idempotencyKey: newKey() },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    const result = await requestVaTopUpAction(form.getValues());
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, ['amount', 'bank'])) {
        setFormError(result.message);
      }
      return;
    }
    toast.success(t('va.created'));
    form.reset({ amount: '', bank: '' as never, idempotencyKey: newKey() });
    router.refresh();
  });

  const amountError = fieldErrorText(errors.amount as FieldError | undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id="va-amount"
          label={t('amount')}
          hint={t('amountHint')}
          error={amountError}
          required
        >
          <Input
            inputMode="numeric"
            autoComplete="off"
            leading="Rp"
            invalid={Boolean(amountError)}
            {...fieldA11yProps('va-amount', { error: amountError, hint: t('amountHint') })}
            {...form.register('amount')}
          />
        </FormField>
        <BankSelect
          id="va-bank"
          label={t('bank')}
          error={fieldErrorText(errors.bank)}
          registration={form.register('bank')}
        />
      </div>
      <Button type="submit" loading={isSubmitting}>
        {t('va.submit')}
      </Button>
    </form>
  );
}
