'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { BookmarkCheck } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import { saveReferenceSchema } from '@/lib/domain/saved-reference';
import { saveReferenceAction } from './actions';

type Values = z.input<typeof saveReferenceSchema>;

export function SaveReferenceForm({
  transactionId,
  saved,
}: {
  transactionId: string;
  saved: boolean;
}) {
  const t = useTranslations('pay');
  const fieldErrorText = useFieldErrorText();
  const router = useRouter();
  const form = useForm<Values>({
    resolver: zodResolver(saveReferenceSchema),
    defaultValues: { transactionId, label: '' },
  });
  const { errors, isSubmitting } = form.formState;

  if (saved) {
    return (
      <p className="flex items-center gap-2 text-sm text-slate-600">
        <BookmarkCheck aria-hidden="true" className="text-brand-700 size-4" />
        {t('saved')}
      </p>
    );
  }

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await saveReferenceAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, ['label']))
        toast.error(result.message);
      return;
    }
    toast.success(t('savedToast'));
    router.refresh();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="rounded-xl border border-slate-200 bg-white p-4"
    >
      <p className="mb-3 text-sm font-semibold">{t('saveTitle')}</p>
      <div className="flex items-start gap-2">
        <FormField
          id="label"
          label={t('saveLabel')}
          error={fieldErrorText(errors.label)}
          className="flex-1"
        >
          <Input
            placeholder={t('savePlaceholder')}
            maxLength={40}
            invalid={Boolean(errors.label)}
            {...fieldA11yProps('label', { error: errors.label?.message })}
            {...form.register('label')}
          />
        </FormField>
        <Button type="submit" variant="secondary" className="mt-7" loading={isSubmitting}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
