'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { cashDifference, closeShiftSchema, parseRupiahInput } from '@/lib/domain/counter';
import { formatRupiah } from '@/lib/domain/money';
import { closeShiftAction } from './actions';

type Values = z.input<typeof closeShiftSchema>;

/**
 * Closing by counting the drawer: the difference from what is expected shows as the count is
 * typed, and a note is asked for when they differ (the server recomputes both).
 */
export function CloseShiftForm({ shiftId, expected }: { shiftId: string; expected: number }) {
  const t = useTranslations('counter');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof closeShiftSchema>>({
    resolver: zodResolver(closeShiftSchema),
    defaultValues: { countedCash: '', note: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const counted = parseRupiahInput(useWatch({ control: form.control, name: 'countedCash' }) ?? '');
  const difference = counted === null ? null : cashDifference(counted, expected);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    if (values.countedCash !== expected && values.note === '') {
      form.setError(
        'note',
        { type: 'server', message: t('close.noteNeeded') },
        { shouldFocus: true },
      );
      return;
    }
    const result = await closeShiftAction({ shiftId, ...form.getValues() });
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, ['countedCash', 'note'])) {
        setFormError(result.message);
      }
      if (result.code === 'CONFLICT') router.refresh();
      return;
    }
    router.push(`/agent/shift/${result.data.id}?closed=1`);
  });

  const countedError = fieldErrorText(errors.countedCash);
  const noteError = fieldErrorText(errors.note);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <FormField id="countedCash" label={t('close.counted')} error={countedError} required>
        <Input
          inputMode="numeric"
          autoComplete="off"
          autoFocus
          leading="Rp"
          invalid={Boolean(countedError)}
          className="h-12 font-mono text-xl sm:h-12 sm:text-xl"
          {...fieldA11yProps('countedCash', { error: countedError })}
          {...form.register('countedCash')}
        />
      </FormField>
      <p className="text-sm" aria-live="polite" data-testid="live-difference">
        {difference === null
          ? t('close.expectedIs', { expected: formatRupiah(expected) })
          : difference === 0
            ? t('close.matches')
            : t('close.differs', {
                difference: `${difference > 0 ? '+' : ''}${formatRupiah(difference)}`,
                expected: formatRupiah(expected),
              })}
      </p>
      <FormField id="note" label={t('close.note')} hint={t('close.noteHint')} error={noteError}>
        <Input
          autoComplete="off"
          maxLength={500}
          invalid={Boolean(noteError)}
          {...fieldA11yProps('note', { error: noteError, hint: t('close.noteHint') })}
          {...form.register('note')}
        />
      </FormField>
      <Button type="submit" size="lg" loading={isSubmitting}>
        {t('close.submit')}
      </Button>
    </form>
  );
}
