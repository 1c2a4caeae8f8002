'use client';
import { useTranslations } from 'next-intl';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { TOP_UP_BANKS } from '@/lib/domain/deposit';

/** The bank of a top-up, from the banks Loket holds accounts and virtual accounts at. */
export function BankSelect({
  id,
  label,
  error,
  registration,
}: {
  id: string;
  label: string;
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  const t = useTranslations('deposit');
  return (
    <FormField id={id} label={label} error={error} required>
      <Select invalid={Boolean(error)} {...fieldA11yProps(id, { error })} {...registration}>
        <option value="">{t('chooseBank')}</option>
        {TOP_UP_BANKS.map((bank) => (
          <option key={bank} value={bank}>
            {bank}
          </option>
        ))}
      </Select>
    </FormField>
  );
}
