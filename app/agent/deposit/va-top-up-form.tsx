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
import { toast } from '@/components/ui/toast';
import { vaTopUpSchema } from '@/lib/domain/deposit';
import { requestVaTopUpAction } from './actions';
import { TopUpAmountFields } from './top-up-amount-fields';

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
      <TopUpAmountFields
        idPrefix="va"
        bankLabel={t('bank')}
        amount={{ error: amountError, registration: form.register('amount') }}
        bank={{ error: fieldErrorText(errors.bank), registration: form.register('bank') }}
      />
      <Button type="submit" loading={isSubmitting}>
        {t('va.submit')}
      </Button>
    </form>
  );
}
