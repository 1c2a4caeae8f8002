'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { checkReference, referenceInput, type ReferenceRule } from '@/lib/domain/references/rules';
import { operatorName, type OperatorPrefixTable } from '@/lib/domain/references/operators';
import { createInquiryAction } from './actions';

type Values = { customerNo: string };

/**
 * The customer number, checked as it is typed by the same rule the server applies, so a number
 * that cannot be right never leaves the browser (and the server refuses it anyway).
 */
export function InquiryForm({
  billerCode,
  kind,
  rule,
  operatorPrefixes,
  disabled,
}: {
  billerCode: string;
  kind: 'PREPAID' | 'POSTPAID';
  rule: ReferenceRule;
  operatorPrefixes: OperatorPrefixTable;
  disabled: boolean;
}) {
  const t = useTranslations('pay');
  const tr = useTranslations('reference') as unknown as (
    key: string,
    params?: Record<string, string | number>,
  ) => string;
  const router = useRouter();
  const input = referenceInput(rule);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: { customerNo: '' }, mode: 'onTouched' });
  const { errors, isSubmitting } = form.formState;
  const typed = useWatch({ control: form.control, name: 'customerNo' });
  const live = typed ? checkReference(rule, typed, operatorPrefixes) : null;
  const operator = live?.ok ? live.operator : undefined;

  const onSubmit = form.handleSubmit(async ({ customerNo }) => {
    setFormError(null);
    const result = await createInquiryAction({ billerCode, customerNo });
    if (result.ok) {
      router.push(`/home/inquiries/${result.data.id}`);
      await new Promise(() => {});
      return;
    }
    const fieldMessage = result.fieldErrors?.customerNo?.[0];
    if (fieldMessage)
      form.setError('customerNo', { type: 'server', message: fieldMessage }, { shouldFocus: true });
    else setFormError(result.message);
  });

  const error = errors.customerNo;
  const errorText = error?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormField
        id="customerNo"
        label={tr(input.labelKey)}
        hint={tr(input.hintKey, input.hintParams)}
        error={errorText}
        required
      >
        <Input
          inputMode={input.inputMode}
          placeholder={input.placeholder}
          maxLength={input.maxLength}
          autoComplete="off"
          autoFocus
          disabled={disabled}
          invalid={Boolean(error)}
          {...fieldA11yProps('customerNo', { error: errorText, hint: 'hint' })}
          {...form.register('customerNo', {
            validate: (value) => {
              const check = checkReference(rule, value, operatorPrefixes);
              return check.ok || tr(check.error.key, check.error.params);
            },
          })}
        />
      </FormField>
      {operator ? (
        <p aria-live="polite">
          <Badge tone="brand">{t('operatorDetected', { operator: operatorName(operator) })}</Badge>
        </p>
      ) : null}
      {formError ? (
        <Alert tone="danger">
          <span className="block">{formError}</span>
          <Button
            type="submit"
            variant="secondary"
            size="sm"
            className="mt-2"
            loading={isSubmitting}
          >
            {t('retry')}
          </Button>
        </Alert>
      ) : null}
      <Button type="submit" size="lg" className="w-full" loading={isSubmitting} disabled={disabled}>
        {isSubmitting ? t('checking') : kind === 'PREPAID' ? t('checkPrepaid') : t('check')}
      </Button>
    </form>
  );
}
