'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { useActionSubmit, useConfirmedAction } from '@/components/forms/action-hooks';
import { ReasonField } from '@/components/forms/reason-field';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
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
  const form = useForm<RejectIdentityInput>({
    resolver: zodResolver(rejectIdentitySchema),
    defaultValues: { submissionId, reason: '' },
  });
  const { isSubmitting } = form.formState;

  const backToQueue = (message: string) => {
    toast.success(message);
    router.push('/admin/identity');
  };

  const approve = useConfirmedAction(
    () => approveIdentityAction({ submissionId }),
    () => backToQueue(t('approvedToast', { name })),
  );
  const reject = useActionSubmit(form, {
    action: rejectIdentityAction,
    fields: ['reason'],
    onSuccess: () => backToQueue(t('rejectedToast', { name })),
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t('decisionTitle')}</CardTitle>
        <CardDescription>{t('decisionHint')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6 lg:grid-cols-[auto_1fr]">
        <div className="space-y-2 lg:border-r lg:border-slate-200 lg:pr-6">
          <Button onClick={approve.ask} disabled={blocked} className="w-full">
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
          <ReasonField
            form={form}
            name="reason"
            id="reason"
            label={t('reasonLabel')}
            hint={(length) => t('reasonHint', { length, max: REJECTION_REASON_MAX })}
            rows={4}
          />
          <div className="flex justify-end">
            <Button type="submit" variant="danger" loading={isSubmitting}>
              {t('reject')}
            </Button>
          </div>
        </form>
      </CardContent>
      <ConfirmDialog
        {...approve.dialog}
        title={t('approveConfirmTitle', { name })}
        description={t('approveConfirmBody')}
        closeLabel={tc('close')}
        confirmLabel={t('approve')}
        cancelLabel={t('cancel')}
      />
    </Card>
  );
}
