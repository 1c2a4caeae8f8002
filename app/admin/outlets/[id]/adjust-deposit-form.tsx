'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useForm, useWatch, type FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ChoiceCard } from '@/components/ui/choice-card';
import { cn } from '@/components/ui/cn';
import { Dialog } from '@/components/ui/dialog';
import { FactList } from '@/components/ui/fact-list';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input, controlClassName } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import {
  ADJUSTMENT_DIRECTIONS,
  ADJUSTMENT_REASON_MAX,
  availableAfterAdjustment,
  depositAdjustmentSchema,
} from '@/lib/domain/deposit-adjustment';
import { formatRupiah } from '@/lib/domain/money';
import { adjustDepositAction } from './actions';

type Values = z.input<typeof depositAdjustmentSchema>;
type Parsed = z.output<typeof depositAdjustmentSchema>;
const newKey = () => crypto.randomUUID();
const FIELDS = ['direction', 'amount', 'reason'] as const;
const signedRupiah = (amount: number) => `${amount > 0 ? '+' : ''}${formatRupiah(amount)}`;

/**
 * Adds to or takes from the outlet's deposit, with a reason. The form checks what it can, then
 * a confirmation shows the balance before and after; the server decides again. The idempotency
 * key is made when the form mounts, so a double click adjusts once.
 */
export function AdjustDepositForm({
  outletId,
  outletName,
  available,
}: {
  outletId: string;
  outletName: string;
  available: number;
}) {
  const t = useTranslations('deposit.adjust');
  const tv = useTranslations('validation');
  const tc = useTranslations('common');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [review, setReview] = useState<Parsed | null>(null);
  const [saving, startSaving] = useTransition();
  const blank = (): Values => ({
    outletId,
    direction: 'ADD',
    amount: '',
    reason: '',
    idempotencyKey: newKey(),
  });
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(depositAdjustmentSchema),
    defaultValues: blank(),
  });
  const { errors, isSubmitting } = form.formState;
  const direction = useWatch({ control: form.control, name: 'direction' });
  const reason = useWatch({ control: form.control, name: 'reason' });

  const onReview = form.handleSubmit((values) => {
    setFormError(null);
    if (availableAfterAdjustment(available, values) < 0) {
      form.setError(
        'amount',
        {
          type: 'server',
          message: tv('adjustmentExceedsAvailable', { available: formatRupiah(available) }),
        },
        { shouldFocus: true },
      );
      return;
    }
    setReview(values);
  });

  const save = (confirmed: Parsed) =>
    startSaving(async () => {
      const result = await adjustDepositAction(confirmed);
      setReview(null);
      if (!result.ok) {
        if (!applyFieldErrors(form.setError, result.fieldErrors, FIELDS)) {
          setFormError(result.message);
        }
        router.refresh();
        return;
      }
      toast.success(
        t('saved', {
          outlet: outletName,
          amount: signedRupiah(result.data.amount),
          available: formatRupiah(result.data.available),
        }),
      );
      form.reset(blank());
      router.refresh();
    });

  const amountError = fieldErrorText(errors.amount as FieldError | undefined);
  const reasonError = fieldErrorText(errors.reason);
  const reasonHint = t('reasonHint', { length: reason.trim().length, max: ADJUSTMENT_REASON_MAX });
  return (
    <form onSubmit={onReview} noValidate className="space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <fieldset>
        <legend className="mb-1.5 text-sm font-medium text-slate-800">{t('direction')}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {ADJUSTMENT_DIRECTIONS.map((value) => (
            <ChoiceCard
              key={value}
              name="direction"
              value={value}
              checked={direction === value}
              onChange={() => form.setValue('direction', value, { shouldValidate: true })}
              className="gap-3"
            >
              <span className="flex flex-col">
                <span className="text-sm font-medium">
                  {t(value === 'ADD' ? 'add' : 'subtract')}
                </span>
                <span className="text-xs text-slate-600">
                  {t(value === 'ADD' ? 'addHint' : 'subtractHint')}
                </span>
              </span>
            </ChoiceCard>
          ))}
        </div>
      </fieldset>
      <FormField
        id="adjust-amount"
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
          {...fieldA11yProps('adjust-amount', { error: amountError, hint: t('amountHint') })}
          {...form.register('amount')}
        />
      </FormField>
      <FormField
        id="adjust-reason"
        label={t('reason')}
        hint={reasonHint}
        error={reasonError}
        required
      >
        <textarea
          rows={3}
          className={cn(controlClassName, 'h-auto py-2 sm:h-auto')}
          {...fieldA11yProps('adjust-reason', { error: reasonError, hint: reasonHint })}
          {...form.register('reason')}
        />
      </FormField>
      <Button type="submit" loading={isSubmitting}>
        {t('review')}
      </Button>
      <Dialog
        open={review !== null}
        onOpenChange={(open) => {
          if (!open && !saving) setReview(null);
        }}
        title={
          review
            ? t(`confirm${review.direction}Title`, {
                amount: formatRupiah(review.amount),
                outlet: outletName,
              })
            : ''
        }
        description={t('confirmBody')}
        closeLabel={tc('close')}
      >
        {review ? (
          <>
            <FactList
              className="mt-4"
              facts={[
                [t('availableNow'), formatRupiah(available)],
                [
                  t('availableAfter'),
                  <span key="after" data-testid="adjust-available-after">
                    {formatRupiah(availableAfterAdjustment(available, review))}
                  </span>,
                ],
                [t('reason'), review.reason],
              ]}
            />
            <div className="mt-5 flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setReview(null)}>
                {t('cancel')}
              </Button>
              <Button
                variant={review.direction === 'SUBTRACT' ? 'danger' : 'primary'}
                loading={saving}
                onClick={() => save(review)}
              >
                {t('confirm')}
              </Button>
            </div>
          </>
        ) : null}
      </Dialog>
    </form>
  );
}
