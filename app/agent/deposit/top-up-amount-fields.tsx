'use client';
import { useTranslations } from 'next-intl';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { BankSelect } from './bank-select';

/** How much to top up and through which bank, side by side: the start of both top-up forms. */
export function TopUpAmountFields({
  idPrefix,
  bankLabel,
  amount,
  bank,
}: {
  idPrefix: string;
  bankLabel: string;
  amount: { error?: string; registration: UseFormRegisterReturn };
  bank: { error?: string; registration: UseFormRegisterReturn };
}) {
  const t = useTranslations('deposit');
  const amountId = `${idPrefix}-amount`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField
        id={amountId}
        label={t('amount')}
        hint={t('amountHint')}
        error={amount.error}
        required
      >
        <Input
          inputMode="numeric"
          autoComplete="off"
          leading="Rp"
          invalid={Boolean(amount.error)}
          {...fieldA11yProps(amountId, { error: amount.error, hint: t('amountHint') })}
          {...amount.registration}
        />
      </FormField>
      <BankSelect
        id={`${idPrefix}-bank`}
        label={bankLabel}
        error={bank.error}
        registration={bank.registration}
      />
    </div>
  );
}
