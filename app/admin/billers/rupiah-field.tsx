'use client';
import { useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { numberOrNull, type BillerFieldValues } from './biller-fields';

type RupiahName = 'adminFee' | 'agentCommission' | 'maxOutletMarkup' | 'minAmount' | 'maxAmount';

/** A whole-rupiah amount; a blank field is "none" (or "required", as the schema says). */
export function RupiahField({
  name,
  hint,
  required = false,
}: {
  name: RupiahName;
  hint?: string;
  required?: boolean;
}) {
  const t = useTranslations('adminCatalogue');
  const errorText = useFieldErrorText();
  const { register, formState } = useFormContext<BillerFieldValues>();
  const error = errorText(formState.errors[name]);
  return (
    <FormField
      id={name}
      label={t(`fields.${name}`)}
      hint={hint ?? (required ? undefined : t('hints.optionalAmount'))}
      error={error}
      required={required}
    >
      <Input
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        leading="Rp"
        {...fieldA11yProps(name, { error, hint: Boolean(hint) || !required })}
        {...register(name, { setValueAs: numberOrNull })}
      />
    </FormField>
  );
}
