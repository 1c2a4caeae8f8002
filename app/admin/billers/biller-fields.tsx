'use client';
import { useTranslations } from 'next-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import {
  BILLER_CATEGORY_CODES,
  BILLER_KINDS,
  REFERENCE_KINDS,
  type UpdateBillerInput,
} from '@/lib/domain/biller-config';
import { categorySlug } from '@/lib/domain/categories';
import { CutOffWindowsEditor } from './cut-off-windows-editor';
import { FormSection } from './form-section';
import { RupiahField } from './rupiah-field';

/** The settings the create and edit forms share; the form around them provides the context. */
export type BillerFieldValues = Omit<UpdateBillerInput, 'billerId' | 'version'>;

export const numberOrNull = (value: unknown) =>
  value === '' || value === null || value === undefined ? null : Number(value);

export function BillerFields() {
  const t = useTranslations('adminCatalogue');
  const tc = useTranslations('categories');
  const errorText = useFieldErrorText();
  const { register, control, formState } = useFormContext<BillerFieldValues>();
  const { errors } = formState;
  const ruleKind = useWatch({ control, name: 'referenceRule.kind' });
  const error = {
    nameId: errorText(errors.nameId),
    nameEn: errorText(errors.nameEn),
    inquiryProductCode: errorText(errors.inquiryProductCode),
    sortOrder: errorText(errors.sortOrder),
    ruleKind: errorText(errors.referenceRule?.kind ?? errors.referenceRule?.root),
    ruleLength: errorText(errors.referenceRule?.length),
  };

  return (
    <>
      <FormSection title={t('sectionGeneral')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="category" label={t('fields.category')} required>
            <Select {...fieldA11yProps('category')} {...register('category')}>
              {BILLER_CATEGORY_CODES.map((code) => (
                <option key={code} value={code}>
                  {tc(categorySlug(code))}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField id="kind" label={t('fields.kind')} required>
            <Select {...fieldA11yProps('kind')} {...register('kind')}>
              {BILLER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField id="nameId" label={t('fields.nameId')} error={error.nameId} required>
            <Input {...fieldA11yProps('nameId', { error: error.nameId })} {...register('nameId')} />
          </FormField>
          <FormField id="nameEn" label={t('fields.nameEn')} error={error.nameEn} required>
            <Input {...fieldA11yProps('nameEn', { error: error.nameEn })} {...register('nameEn')} />
          </FormField>
          <FormField
            id="inquiryProductCode"
            label={t('fields.inquiryProductCode')}
            hint={t('hints.inquiryProductCode')}
            error={error.inquiryProductCode}
          >
            <Input
              className="font-mono uppercase"
              autoCapitalize="characters"
              {...fieldA11yProps('inquiryProductCode', {
                error: error.inquiryProductCode,
                hint: true,
              })}
              {...register('inquiryProductCode', {
                setValueAs: (value: string | null) => value?.toUpperCase() ?? null,
              })}
            />
          </FormField>
          <FormField
            id="sortOrder"
            label={t('fields.sortOrder')}
            hint={t('hints.sortOrder')}
            error={error.sortOrder}
            required
          >
            <Input
              type="number"
              inputMode="numeric"
              min={0}
              {...fieldA11yProps('sortOrder', { error: error.sortOrder, hint: true })}
              {...register('sortOrder', { setValueAs: numberOrNull })}
            />
          </FormField>
        </div>
      </FormSection>

      <FormSection title={t('sectionFees')} description={t('sectionFeesHint')}>
        <div className="grid gap-4 sm:grid-cols-3">
          <RupiahField name="adminFee" required />
          <RupiahField name="agentCommission" hint={t('hints.agentCommission')} required />
          <RupiahField name="maxOutletMarkup" hint={t('hints.maxOutletMarkup')} required />
        </div>
      </FormSection>

      <FormSection title={t('sectionLimits')} description={t('sectionLimitsHint')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <RupiahField name="minAmount" />
          <RupiahField name="maxAmount" />
        </div>
      </FormSection>

      <FormSection title={t('sectionCutOff')} description={t('sectionCutOffHint')}>
        <CutOffWindowsEditor />
      </FormSection>

      <FormSection title={t('sectionRule')} description={t('sectionRuleHint')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id="ruleKind"
            label={t('fields.referenceRule')}
            error={error.ruleKind}
            required
          >
            <Select
              {...fieldA11yProps('ruleKind', { error: error.ruleKind })}
              {...register('referenceRule.kind')}
            >
              {REFERENCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`ruleKinds.${kind}`)}
                </option>
              ))}
            </Select>
          </FormField>
          {ruleKind === 'pdam' ? (
            <FormField
              id="ruleLength"
              label={t('fields.pdamLength')}
              hint={t('hints.pdamLength')}
              error={error.ruleLength}
              required
            >
              <Input
                type="number"
                inputMode="numeric"
                min={4}
                max={20}
                {...fieldA11yProps('ruleLength', { error: error.ruleLength, hint: true })}
                {...register('referenceRule.length', { setValueAs: numberOrNull })}
              />
            </FormField>
          ) : null}
        </div>
        <p className="mt-3 text-sm text-slate-600">
          {t(`ruleDescriptions.${ruleKind ?? 'pln-prepaid'}`)}
        </p>
      </FormSection>
    </>
  );
}
