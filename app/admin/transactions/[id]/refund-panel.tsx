'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm, useWatch } from 'react-hook-form';
import { useConfirmedSubmit } from '@/components/forms/action-hooks';
import { ReasonField } from '@/components/forms/reason-field';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import {
  ADMIN_REASON_MAX,
  parseTypedRupiah,
  refundTransactionSchema,
  type RefundTransactionInput,
} from '@/lib/domain/admin-transactions';
import { formatRupiah } from '@/lib/domain/money';
import { refundTransactionAction } from './actions';

const digits = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/**
 * Refunds a successful online sale, all of it by default. The form carries how many refunds the
 * admin saw: if another admin refunded meanwhile, the server refuses instead of paying twice.
 */
export function RefundPanel({
  transactionId,
  paid,
  refunded,
  left,
  refundsSeen,
}: {
  transactionId: string;
  paid: number;
  refunded: number;
  left: number;
  refundsSeen: number;
}) {
  const t = useTranslations('adminTransactions.actions');
  const tc = useTranslations('common');
  const fieldErrorText = useFieldErrorText();
  const form = useForm<RefundTransactionInput>({
    // Raw: the action gets the amount as typed; the server reads it again and checks it.
    resolver: zodResolver(refundTransactionSchema, undefined, { raw: true }),
    defaultValues: { transactionId, amount: digits.format(left), reason: '', refundsSeen },
  });
  const { errors } = form.formState;
  const typed = useWatch({ control: form.control, name: 'amount' });
  const amount = parseTypedRupiah(typed ?? '');

  const { ask, dialog } = useConfirmedSubmit(form, {
    action: refundTransactionAction,
    fields: ['amount', 'reason'],
    onSuccess: (refund) => toast.success(t('refunded', { amount: formatRupiah(refund.amount) })),
  });

  const amountError = fieldErrorText(errors.amount);

  return (
    <section aria-labelledby="refund-title" className="space-y-3">
      <div>
        <h3 id="refund-title" className="font-semibold">
          {t('refundTitle')}
        </h3>
        <p className="text-sm text-slate-600">
          {t('refundHint', {
            paid: formatRupiah(paid),
            refunded: formatRupiah(refunded),
            left: formatRupiah(left),
          })}
        </p>
      </div>
      <form onSubmit={ask} noValidate className="space-y-3">
        <FormField
          id="refund-amount"
          label={t('refundAmount')}
          hint={t('refundAmountHint', { left: formatRupiah(left) })}
          error={amountError}
          required
        >
          <Input
            {...fieldA11yProps('refund-amount', { error: amountError, hint: true })}
            inputMode="numeric"
            autoComplete="off"
            leading="Rp"
            className="sm:max-w-56"
            {...form.register('amount')}
          />
        </FormField>
        <ReasonField
          form={form}
          name="reason"
          id="refund-reason"
          label={t('reason')}
          hint={(length) => t('reasonHint', { length, max: ADMIN_REASON_MAX })}
          rows={3}
        />
        <div className="flex justify-end">
          <Button type="submit" variant="danger">
            {t('refund')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        {...dialog}
        title={t('refundConfirmTitle', { amount: amount === null ? '' : formatRupiah(amount) })}
        description={t('refundConfirmBody')}
        closeLabel={tc('close')}
        confirmLabel={t('refund')}
        cancelLabel={t('cancel')}
        destructive
      />
    </section>
  );
}
