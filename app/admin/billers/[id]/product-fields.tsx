'use client';
import { useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type { UpdateProductInput } from '@/lib/domain/biller-config';
import { OPERATOR_CODES, operatorName } from '@/lib/domain/references/operators';
import { numberOrNull } from '../biller-fields';

type ProductFieldValues = Omit<UpdateProductInput, 'productId' | 'expectedUpdatedAt' | 'active'>;

/** A product's editable settings; `idPrefix` keeps the ids of several open rows apart. */
export function ProductFields({ idPrefix }: { idPrefix: string }) {
  const t = useTranslations('adminCatalogue');
  const errorText = useFieldErrorText();
  const { register, formState } = useFormContext<ProductFieldValues>();
  const id = (name: string) => `${idPrefix}-${name}`;
  const text = (name: 'nameId' | 'nameEn') => {
    const error = errorText(formState.errors[name]);
    return (
      <FormField id={id(name)} label={t(`fields.${name}`)} error={error} required>
        <Input {...fieldA11yProps(id(name), { error })} {...register(name)} />
      </FormField>
    );
  };
  const amount = (name: 'faceValue' | 'price' | 'sortOrder') => {
    const error = errorText(formState.errors[name]);
    return (
      <FormField id={id(name)} label={t(`fields.${name}`)} error={error} required>
        <Input
          type="number"
          inputMode="numeric"
          min={0}
          leading={name === 'sortOrder' ? undefined : 'Rp'}
          {...fieldA11yProps(id(name), { error })}
          {...register(name, { setValueAs: numberOrNull })}
        />
      </FormField>
    );
  };
  const operatorError = errorText(formState.errors.operator);

  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {text('nameId')}
      {text('nameEn')}
      <FormField id={id('operator')} label={t('fields.operator')} error={operatorError}>
        <Select
          {...fieldA11yProps(id('operator'), { error: operatorError })}
          {...register('operator')}
        >
          <option value="">{t('noOperator')}</option>
          {OPERATOR_CODES.map((code) => (
            <option key={code} value={code}>
              {operatorName(code)}
            </option>
          ))}
        </Select>
      </FormField>
      {amount('faceValue')}
      {amount('price')}
      {amount('sortOrder')}
    </div>
  );
}
