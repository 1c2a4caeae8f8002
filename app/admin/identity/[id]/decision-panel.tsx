'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { controlClassName } from '@/components/ui/input';
import { cn } from '@/components/ui/cn';
import { toast } from '@/components/ui/toast';
import {
  REJECTION_PRESETS,
  REJECTION_REASON_MAX,
  rejectIdentitySchema,
  type RejectIdentityInput,
} from '@/lib/domain/identity/review';
import { approveIdentityAction, rejectIdentityAction } from '../actions';

export function DecisionPanel({
  submissionId,
  name,
  blocked,
}: {
  submissionId: string;
  name: string;
  /** The NIK is verified on another account: approving would be refused. */
  blocked: boolean;
}) {
  const t = useTranslations('identityReview');
  const tc = useTranslations('common');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [confirming, setConfirming] = useState(false);
  const [approving, startApproving] = useTransition();
  const form = useForm<RejectIdentityInput>({
    resolver: zodResolver(rejectIdentitySchema),
    defaultValues: { submissionId, reason: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const refused = (result: { code: string; message: string }) => {
    toast.error(result.message);
    // Someone else decided meanwhile: show what they decided.
    if (result.code === 'CONFLICT') router.refresh();
  };
  const backToQueue = (message: string) => {
    toast.success(message);
    router.push('/admin/identity');
  };

  const approve = () =>
    startApproving(async () => {
      const result = await approveIdentityAction({ submissionId });
      setConfirming(false);
      if (!result.ok) return refused(result);
      backToQueue(t('approvedToast', { name }));
    });

  const reject = form.handleSubmit(async (values) => {
    const result = await rejectIdentityAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, ['reason'])) refused(result);
      return;
    }
    backToQueue(t('rejectedToast', { name }));
  });

  const reasonError = fieldErrorText(errors.reason);
  const reasonLength = useWatch({ control: form.control, name: 'reason' }).trim().length;

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t('decisionTitle')}</CardTitle>
        <CardDescription>{t('decisionHint')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6 lg:grid-cols-[auto_1fr]">
        <div className="space-y-2 lg:border-r lg:border-slate-200 lg:pr-6">
          <Button onClick={() => setConfirming(true)} disabled={blocked} className="w-full">
            {t('approve')}
          </Button>
          {blocked ? (
            <p className="max-w-56 text-sm text-slate-600">{t('approveBlocked')}</p>
          ) : null}
        </div>
        <form onSubmit={reject} noValidate className="space-y-3">
          <fieldset>
            <legend className="mb-1.5 text-sm font-medium text-slate-800">
              {t('presetsLabel')}
            </legend>
            <div className="flex flex-wrap gap-2">
              {REJECTION_PRESETS.map((preset) => (
                <Button
                  key={preset}
                  size="sm"
                  variant="secondary"
                  onClick={() =>
                    form.setValue('reason', t(`presets.${preset}`), {
                      shouldValidate: form.formState.isSubmitted,
                    })
                  }
                >
                  {t(`presetLabels.${preset}`)}
                </Button>
              ))}
            </div>
          </fieldset>
          <FormField
            id="reason"
            label={t('reasonLabel')}
            hint={t('reasonHint', { length: reasonLength, max: REJECTION_REASON_MAX })}
            error={reasonError}
            required
          >
            <textarea
              rows={4}
              className={cn(controlClassName, 'h-auto py-2 sm:h-auto')}
              {...fieldA11yProps('reason', { error: reasonError, hint: true })}
              {...form.register('reason')}
            />
          </FormField>
          <div className="flex justify-end">
            <Button type="submit" variant="danger" loading={isSubmitting}>
              {t('reject')}
            </Button>
          </div>
        </form>
      </CardContent>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('approveConfirmTitle', { name })}
        description={t('approveConfirmBody')}
        closeLabel={tc('close')}
        confirmLabel={t('approve')}
        cancelLabel={t('cancel')}
        loading={approving}
        onConfirm={approve}
      />
    </Card>
  );
}
