'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { Upload } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useController, useForm, type Control, type FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClassName } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/actions/result';
import { manualTopUpFormSchema } from '@/lib/domain/deposit';
import { IDENTITY_IMAGE_ACCEPT } from '@/lib/domain/identity/submission';
import { TopUpAmountFields } from './top-up-amount-fields';

type Values = z.input<typeof manualTopUpFormSchema>;
const FIELDS = ['amount', 'bank', 'transferRef', 'proofImage'] as const;

/** Posts the form as multipart data: the proof may be larger than a server action's body. */
async function postManualTopUp(body: FormData): Promise<ActionResult<{ id: string }> | null> {
  try {
    const response = await fetch('/api/deposits/top-ups', { method: 'POST', body });
    const json: unknown = await response.json();
    return typeof json === 'object' && json !== null && 'ok' in json
      ? (json as ActionResult<{ id: string }>)
      : null;
  } catch {
    return null;
  }
}

/** A bank transfer already made, with its proof, for an admin to check and credit. */
export function ManualTopUpForm() {
  const t = useTranslations('deposit');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  // A new picker after each sent proof: it forgets the file it showed.
  const [pickerKey, setPickerKey] = useState(0);
  const form = useForm<Values, unknown, z.output<typeof manualTopUpFormSchema>>({
    resolver: zodResolver(manualTopUpFormSchema),
    defaultValues: { amount: '', bank: '' as never, transferRef: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const body = new FormData();
    body.append('amount', String(values.amount));
    body.append('bank', values.bank);
    body.append('transferRef', values.transferRef);
    body.append('proofImage', values.proofImage);
    const result = await postManualTopUp(body);
    if (!result) return setFormError(t('manual.uploadFailed'));
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, FIELDS)) {
        setFormError(result.message);
      }
      return;
    }
    toast.success(t('manual.submitted'));
    form.reset({ amount: '', bank: '' as never, transferRef: '', proofImage: undefined });
    setPickerKey((key) => key + 1);
    router.refresh();
  });

  const amountError = fieldErrorText(errors.amount as FieldError | undefined);
  const refError = fieldErrorText(errors.transferRef);
  const proofError = fieldErrorText(errors.proofImage as FieldError | undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <TopUpAmountFields
        idPrefix="manual"
        bankLabel={t('manual.bank')}
        amount={{ error: amountError, registration: form.register('amount') }}
        bank={{ error: fieldErrorText(errors.bank), registration: form.register('bank') }}
      />
      <FormField
        id="transferRef"
        label={t('manual.transferRef')}
        hint={t('manual.transferRefHint')}
        error={refError}
        required
      >
        <Input
          autoComplete="off"
          maxLength={80}
          invalid={Boolean(refError)}
          {...fieldA11yProps('transferRef', { error: refError, hint: t('manual.transferRefHint') })}
          {...form.register('transferRef')}
        />
      </FormField>
      <ProofPicker
        key={pickerKey}
        control={form.control}
        error={proofError}
        onChosen={() => void form.trigger('proofImage')}
      />
      <Button type="submit" loading={isSubmitting}>
        {isSubmitting ? t('manual.checking') : t('manual.submit')}
      </Button>
    </form>
  );
}

/** The proof image: a file picker that shows what was chosen; the image never shows here. */
function ProofPicker({
  control,
  error,
  onChosen,
}: {
  control: Control<Values>;
  error?: string;
  onChosen: () => void;
}) {
  const t = useTranslations('deposit');
  const format = useFormatter();
  const {
    field: { ref, onBlur, onChange },
  } = useController({ name: 'proofImage', control });
  const [chosen, setChosen] = useState<{ name: string; size: number } | null>(null);
  const a11y = fieldA11yProps('proofImage', { error, hint: t('manual.proofHint') });
  return (
    <div className="space-y-1.5">
      <p className="text-sm font-medium text-slate-800" id="proofImage-label">
        {t('manual.proof')}
        <span aria-hidden="true" className="text-danger ml-0.5">
          *
        </span>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <label
          className={cn(
            buttonClassName('secondary', 'md'),
            'has-focus-visible:outline-brand-700 cursor-pointer has-focus-visible:outline-2 has-focus-visible:outline-offset-2',
            error ? 'border-danger' : undefined,
          )}
        >
          <input
            type="file"
            accept={IDENTITY_IMAGE_ACCEPT}
            className="sr-only"
            aria-labelledby="proofImage-label"
            aria-required
            {...a11y}
            ref={ref}
            onBlur={onBlur}
            onChange={(event) => {
              const file = event.target.files?.[0];
              setChosen(file ? { name: file.name, size: file.size } : null);
              onChange(file);
              onChosen();
            }}
          />
          <Upload aria-hidden="true" className="size-4" />
          {t('manual.chooseFile')}
        </label>
        {chosen ? (
          <span className="min-w-0 truncate text-sm text-slate-700">
            {t('manual.chosen', {
              name: chosen.name,
              size: `${format.number(Math.max(1, Math.round(chosen.size / 1024)))} KB`,
            })}
          </span>
        ) : null}
      </div>
      <p id="proofImage-hint" className="text-sm text-slate-600">
        {t('manual.proofHint')}
      </p>
      <div aria-live="polite">
        {error ? (
          <p id="proofImage-error" className="text-danger-fg text-sm font-medium">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
