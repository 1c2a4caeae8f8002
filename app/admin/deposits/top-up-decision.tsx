'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { controlClassName } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import { TOP_UP_REJECTION_MAX, topUpRejectionSchema } from '@/lib/domain/deposit';
import { reviewTopUpAction } from './actions';

type RejectValues = z.infer<typeof topUpRejectionSchema>;

/** Approve (after a confirmation) or reject with a reason the owner reads. */
export function TopUpDecision({
  topUpId,
  outlet,
  amount,
  bank,
}: {
  topUpId: string;
  outlet: string;
  amount: string;
  bank: string;
}) {
  const t = useTranslations('deposit.admin');
  const tc = useTranslations('common');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [confirming, setConfirming] = useState(false);
  const [approving, startApproving] = useTransition();
  const form = useForm<RejectValues>({
    resolver: zodResolver(topUpRejectionSchema),
    defaultValues: { reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const reasonId = `reason-${topUpId}`;

  const refused = (result: { code: string; message: string }) => {
    toast.error(result.message);
    // Another admin decided meanwhile: show what they decided.
    if (result.code === 'CONFLICT') router.refresh();
  };

  const approve = () =>
    startApproving(async () => {
      const result = await reviewTopUpAction({ topUpId, decision: 'APPROVE' });
      setConfirming(false);
      if (!result.ok) return refused(result);
      toast.success(t('approvedToast', { amount, outlet }));
      router.refresh();
    });

  const reject = form.handleSubmit(async ({ reason }) => {
    const result = await reviewTopUpAction({ topUpId, decision: 'REJECT', reason });
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, ['reason'])) refused(result);
      return;
    }
    toast.success(t('rejectedToast', { outlet }));
    router.refresh();
  });

  const reasonError = fieldErrorText(errors.reason);
  const length = useWatch({ control: form.control, name: 'reason' }).trim().length;
  const hint = t('reasonHint', { length, max: TOP_UP_REJECTION_MAX });
  return (
    <div className="grid gap-4 border-t border-slate-200 pt-4 lg:grid-cols-[auto_1fr]">
      <div>
        <Button onClick={() => setConfirming(true)} className="w-full">
          {t('approve')}
        </Button>
      </div>
      <form onSubmit={reject} noValidate className="space-y-2">
        <FormField id={reasonId} label={t('reasonLabel')} hint={hint} error={reasonError} required>
          <textarea
            rows={2}
            className={cn(controlClassName, 'h-auto py-2 sm:h-auto')}
            {...fieldA11yProps(reasonId, { error: reasonError, hint })}
            {...form.register('reason')}
          />
        </FormField>
        <div className="flex justify-end">
          <Button type="submit" variant="danger" loading={isSubmitting}>
            {t('reject')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('approveConfirmTitle', { amount, outlet })}
        description={t('approveConfirmBody', { bank })}
        closeLabel={tc('close')}
        confirmLabel={t('approve')}
        cancelLabel={t('cancel')}
        loading={approving}
        onConfirm={approve}
      />
    </div>
  );
}
