'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { Plus } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import { createProductSchema, type CreateProductInput } from '@/lib/domain/biller-config';
import { createProductAction } from '../actions';
import { ProductFields } from './product-fields';

const FIELDS = ['code', 'nameId', 'nameEn', 'operator', 'faceValue', 'price', 'sortOrder'] as const;

/** A new product for this biller; it goes on sale at once unless unticked. */
export function AddProduct({
  billerId,
  nextSortOrder,
}: {
  billerId: string;
  nextSortOrder: number;
}) {
  const t = useTranslations('adminCatalogue');
  const errorText = useFieldErrorText();
  const [open, setOpen] = useState(false);
  const empty: CreateProductInput = {
    billerId,
    code: '',
    nameId: '',
    nameEn: '',
    operator: '',
    faceValue: 0,
    price: 0,
    active: true,
    sortOrder: nextSortOrder,
  };
  const form = useForm<CreateProductInput>({
    resolver: zodResolver(createProductSchema),
    defaultValues: empty,
  });
  const codeError = errorText(form.formState.errors.code);

  const submit = form.handleSubmit(async (values) => {
    const result = await createProductAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, FIELDS)) toast.error(result.message);
      return;
    }
    toast.success(t('productCreatedToast', { code: result.data.code }));
    form.reset({ ...empty, sortOrder: result.data.sortOrder + 1 });
    setOpen(false);
  });

  if (!open) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        <Plus aria-hidden="true" className="size-4" />
        {t('addProduct')}
      </Button>
    );
  }
  return (
    <FormProvider {...form}>
      <form
        onSubmit={submit}
        noValidate
        aria-label={t('addProduct')}
        className="rounded-card space-y-3 border border-slate-200 bg-slate-50 p-4"
      >
        <div className="flex flex-wrap items-end gap-4">
          <FormField
            id="new-product-code"
            label={t('productCode')}
            error={codeError}
            required
            className="w-full sm:w-64"
          >
            <Input
              className="font-mono uppercase"
              autoCapitalize="characters"
              {...fieldA11yProps('new-product-code', { error: codeError })}
              {...form.register('code', { setValueAs: (value: string) => value.toUpperCase() })}
            />
          </FormField>
          <label className="flex h-11 items-center gap-2 text-sm font-medium text-slate-800 sm:h-10">
            <input
              type="checkbox"
              className="accent-brand-700 size-4"
              {...form.register('active')}
            />
            {t('fields.active')}
          </label>
        </div>
        <ProductFields idPrefix="new-product" />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" size="sm" onClick={() => setOpen(false)}>
            {t('cancel')}
          </Button>
          <Button type="submit" size="sm" loading={form.formState.isSubmitting}>
            {t('addProduct')}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
