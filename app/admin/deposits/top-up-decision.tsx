'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useActionSubmit, useConfirmedAction } from '@/components/forms/action-hooks';
import { ReasonField } from '@/components/forms/reason-field';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
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
  const form = useForm<RejectValues>({
    resolver: zodResolver(topUpRejectionSchema),
    defaultValues: { reason: '' },
  });
  const { isSubmitting } = form.formState;

  const approve = useConfirmedAction(
    () => reviewTopUpAction({ topUpId, decision: 'APPROVE' }),
    () => {
      toast.success(t('approvedToast', { amount, outlet }));
      router.refresh();
    },
  );
  const reject = useActionSubmit(form, {
    action: ({ reason }) => reviewTopUpAction({ topUpId, decision: 'REJECT', reason }),
    fields: ['reason'],
    onSuccess: () => {
      toast.success(t('rejectedToast', { outlet }));
      router.refresh();
    },
  });

  return (
    <div className="grid gap-4 border-t border-slate-200 pt-4 lg:grid-cols-[auto_1fr]">
      <div>
        <Button onClick={approve.ask} className="w-full">
          {t('approve')}
        </Button>
      </div>
      <form onSubmit={reject} noValidate className="space-y-2">
        <ReasonField
          form={form}
          name="reason"
          id={`reason-${topUpId}`}
          label={t('reasonLabel')}
          hint={(length) => t('reasonHint', { length, max: TOP_UP_REJECTION_MAX })}
          rows={2}
        />
        <div className="flex justify-end">
          <Button type="submit" variant="danger" loading={isSubmitting}>
            {t('reject')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        {...approve.dialog}
        title={t('approveConfirmTitle', { amount, outlet })}
        description={t('approveConfirmBody', { bank })}
        closeLabel={tc('close')}
        confirmLabel={t('approve')}
        cancelLabel={t('cancel')}
      />
    </div>
  );
}
