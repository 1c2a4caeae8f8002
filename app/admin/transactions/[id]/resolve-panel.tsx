'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm, useWatch } from 'react-hook-form';
import { useConfirmedSubmit } from '@/components/forms/action-hooks';
import { ReasonField } from '@/components/forms/reason-field';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Button } from '@/components/ui/button';
import { ChoiceCard } from '@/components/ui/choice-card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import {
  ADMIN_REASON_MAX,
  RESOLVE_OUTCOMES,
  resolveTransactionSchema,
  type ResolveTransactionInput,
} from '@/lib/domain/admin-transactions';
import { resolveTransactionAction } from './actions';

/**
 * Settles a pending payment by hand: what the biller said (with its reference when it paid) and
 * why. The form checks itself first; the confirmation then says what will happen.
 */
export function ResolvePanel({
  transactionId,
  refundAmount,
}: {
  transactionId: string;
  /** What goes back to the customer if it failed, formatted. */
  refundAmount: string;
}) {
  const t = useTranslations('adminTransactions.actions');
  const tc = useTranslations('common');
  const fieldErrorText = useFieldErrorText();
  const form = useForm<ResolveTransactionInput>({
    resolver: zodResolver(resolveTransactionSchema),
    defaultValues: { transactionId, outcome: undefined, billerRef: '', reason: '' },
  });
  const { errors } = form.formState;
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  const billerRef = useWatch({ control: form.control, name: 'billerRef' }) ?? '';

  const { ask, dialog } = useConfirmedSubmit(form, {
    action: resolveTransactionAction,
    fields: ['outcome', 'billerRef', 'reason'],
    onSuccess: ({ status }) => toast.success(t(`resolved${status}`)),
  });

  const outcomeError = fieldErrorText(errors.outcome);
  const billerRefError = fieldErrorText(errors.billerRef);

  return (
    <section aria-labelledby="resolve-title" className="space-y-3">
      <div>
        <h3 id="resolve-title" className="font-semibold">
          {t('resolveTitle')}
        </h3>
        <p className="text-sm text-slate-600">{t('resolveHint')}</p>
      </div>
      <form onSubmit={ask} noValidate className="space-y-3">
        <fieldset aria-describedby={outcomeError ? 'outcome-error' : undefined}>
          <legend className="mb-1.5 text-sm font-medium text-slate-800">{t('outcome')}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {RESOLVE_OUTCOMES.map((value) => (
              <ChoiceCard
                key={value}
                name="outcome"
                value={value}
                checked={outcome === value}
                onChange={() =>
                  form.setValue('outcome', value, { shouldValidate: form.formState.isSubmitted })
                }
                className="gap-3 py-3"
              >
                <span>
                  <span className="block text-sm font-medium">{t(`outcome${value}`)}</span>
                  <span className="block text-xs text-slate-600">{t(`outcome${value}Hint`)}</span>
                </span>
              </ChoiceCard>
            ))}
          </div>
          <div aria-live="polite">
            {outcomeError ? (
              <p id="outcome-error" className="text-danger-fg mt-1.5 text-sm font-medium">
                {outcomeError}
              </p>
            ) : null}
          </div>
        </fieldset>
        {outcome === 'SUCCESS' ? (
          <FormField
            id="resolve-billerRef"
            label={t('billerRef')}
            hint={t('billerRefHint')}
            error={billerRefError}
            required
          >
            <Input
              {...fieldA11yProps('resolve-billerRef', { error: billerRefError, hint: true })}
              autoComplete="off"
              {...form.register('billerRef')}
            />
          </FormField>
        ) : null}
        <ReasonField
          form={form}
          name="reason"
          id="resolve-reason"
          label={t('reason')}
          hint={(length) => t('reasonHint', { length, max: ADMIN_REASON_MAX })}
          rows={3}
        />
        <div className="flex justify-end">
          <Button type="submit" variant="secondary">
            {t('resolve')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        {...dialog}
        title={
          outcome === 'SUCCESS' ? t('resolveConfirmTitleSUCCESS') : t('resolveConfirmTitleFAILED')
        }
        description={
          outcome === 'SUCCESS'
            ? t('resolveConfirmBodySUCCESS', { billerRef: billerRef.trim() })
            : t('resolveConfirmBodyFAILED', { amount: refundAmount })
        }
        closeLabel={tc('close')}
        confirmLabel={t('resolve')}
        cancelLabel={t('cancel')}
        destructive={outcome === 'FAILED'}
      />
    </section>
  );
}
