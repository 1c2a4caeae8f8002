'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/toast';
import { blockReferenceSchema, type BlockReferenceInput } from '@/lib/domain/fraud-rules';
import { blockReferenceAction } from './actions';

/** Adds a customer number to the blocklist, at one biller or at all of them. */
export function BlockForm({ billers }: { billers: { id: string; name: string }[] }) {
  const t = useTranslations('fraud.blocklist');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const form = useForm<BlockReferenceInput>({
    resolver: zodResolver(blockReferenceSchema),
    defaultValues: { billerId: '', customerNo: '', reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const customerNoError = fieldErrorText(errors.customerNo);
  const reasonError = fieldErrorText(errors.reason);
  const billerError = fieldErrorText(errors.billerId);

  const submit = form.handleSubmit(async (values) => {
    const result = await blockReferenceAction(values);
    if (!result.ok) {
      if (
        !applyFieldErrors(form.setError, result.fieldErrors, ['billerId', 'customerNo', 'reason'])
      ) {
        toast.error(result.message);
      }
      return;
    }
    toast.success(t('added', { customerNo: values.customerNo.trim() }));
    form.reset();
    router.refresh();
  });

  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid gap-3 md:grid-cols-[1fr_1fr_2fr_auto] md:items-start"
    >
      <FormField id="block-biller" label={t('biller')} error={billerError}>
        <Select
          {...fieldA11yProps('block-biller', { error: billerError })}
          {...form.register('billerId')}
        >
          <option value="">{t('allBillers')}</option>
          {billers.map((biller) => (
            <option key={biller.id} value={biller.id}>
              {biller.name}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField id="block-customerNo" label={t('customerNo')} error={customerNoError} required>
        <Input
          inputMode="text"
          autoComplete="off"
          className="font-mono"
          {...fieldA11yProps('block-customerNo', { error: customerNoError })}
          {...form.register('customerNo')}
        />
      </FormField>
      <FormField id="block-reason" label={t('reason')} error={reasonError} required>
        <Input
          autoComplete="off"
          {...fieldA11yProps('block-reason', { error: reasonError })}
          {...form.register('reason')}
        />
      </FormField>
      <div className="md:pt-7">
        <Button type="submit" loading={isSubmitting} className="w-full md:w-auto">
          {t('add')}
        </Button>
      </div>
    </form>
  );
}
