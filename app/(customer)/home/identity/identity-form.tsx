'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { LockKeyhole } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Controller, useForm, useWatch, type FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ChoiceCard } from '@/components/ui/choice-card';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { controlClassName, Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import { cn } from '@/components/ui/cn';
import { makeIdentityFormSchema } from '@/lib/domain/identity/submission';
import { ImagePicker } from './image-picker';
import { postIdentitySubmission } from './upload';

const schema = makeIdentityFormSchema();
type Values = z.input<typeof schema>;
type TextField = 'nik' | 'fullName' | 'birthPlace' | 'birthDate' | 'sex' | 'address';
const TEXT_FIELDS: readonly TextField[] = [
  'nik',
  'fullName',
  'birthPlace',
  'birthDate',
  'sex',
  'address',
];
const FIELDS = [...TEXT_FIELDS, 'ktpImage', 'selfieImage'] as const;

/** What the NIK says while it is typed: how many digits, then the birth date it holds. */
function useNikHint(nik: string | undefined) {
  const t = useTranslations('identity');
  const digits = (nik ?? '').replace(/\D/g, '');
  if (digits.length !== 16) return t('nikCount', { count: digits.length });
  const day = Number(digits.slice(6, 8));
  const female = day > 40;
  const date = `${String(female ? day - 40 : day).padStart(2, '0')}-${digits.slice(8, 10)}-${digits.slice(10, 12)}`;
  return female ? t('nikReadsFemale', { date }) : t('nikReadsMale', { date });
}

export function IdentityForm({ today }: { today: string }) {
  const t = useTranslations('identity');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const form = useForm<Values, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { nik: '', fullName: '', birthPlace: '', birthDate: '', address: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const nikHint = useNikHint(useWatch({ control: form.control, name: 'nik' }));

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setProgress(0);
    const body = new FormData();
    for (const name of TEXT_FIELDS) body.append(name, values[name]);
    body.append('ktpImage', values.ktpImage);
    body.append('selfieImage', values.selfieImage);
    const result = await postIdentitySubmission(body, setProgress);
    setProgress(null);
    if (!result) {
      setFormError(t('uploadFailed'));
      return;
    }
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, FIELDS)) {
        setFormError(result.message);
      }
      return;
    }
    toast.success(t('submitted'));
    startRefresh(() => router.refresh());
  });

  const text = (name: TextField, hint?: string) => ({
    invalid: Boolean(errors[name]),
    ...fieldA11yProps(name, { error: errors[name]?.message, hint }),
    ...form.register(name),
  });
  const busy = isSubmitting || refreshing;
  const pendingLabel =
    progress === null || progress >= 1
      ? t('checking')
      : t('uploading', { percent: Math.round(progress * 100) });

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-5">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <h2 className="font-semibold">{t('formTitle')}</h2>
      <FormField
        id="nik"
        label={t('nik')}
        hint={nikHint}
        error={fieldErrorText(errors.nik)}
        required
      >
        <Input
          inputMode="numeric"
          autoComplete="off"
          maxLength={24}
          placeholder="3201xxxxxxxxxxxx"
          className="tabular-nums"
          {...text('nik', nikHint)}
        />
      </FormField>
      <FormField
        id="fullName"
        label={t('fullName')}
        error={fieldErrorText(errors.fullName)}
        required
      >
        <Input autoComplete="name" autoCapitalize="characters" {...text('fullName')} />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField
          id="birthPlace"
          label={t('birthPlace')}
          error={fieldErrorText(errors.birthPlace)}
          required
        >
          <Input autoComplete="off" {...text('birthPlace')} />
        </FormField>
        <FormField
          id="birthDate"
          label={t('birthDate')}
          error={fieldErrorText(errors.birthDate)}
          required
        >
          <Input
            type="date"
            max={today}
            min="1900-01-01"
            autoComplete="bday"
            {...text('birthDate')}
          />
        </FormField>
      </div>
      <Controller
        control={form.control}
        name="sex"
        render={({ field }) => (
          <fieldset
            className="space-y-2"
            aria-describedby={errors.sex ? 'sex-hint sex-error' : 'sex-hint'}
          >
            <legend className="text-sm font-medium text-slate-800">
              {t('sex')}
              <span aria-hidden="true" className="text-danger ml-0.5">
                *
              </span>
            </legend>
            <p id="sex-hint" className="text-sm text-slate-600">
              {t('sexHint')}
            </p>
            <div className="grid grid-cols-2 gap-2" id="sex" tabIndex={-1} ref={field.ref}>
              {(['MALE', 'FEMALE'] as const).map((value) => (
                <ChoiceCard
                  key={value}
                  name="sex"
                  value={value}
                  checked={field.value === value}
                  onChange={() => field.onChange(value)}
                  className={cn('gap-2 py-3', errors.sex ? 'border-danger' : undefined)}
                >
                  <span className="text-sm font-medium">
                    {value === 'MALE' ? t('male') : t('female')}
                  </span>
                </ChoiceCard>
              ))}
            </div>
            <div aria-live="polite">
              {errors.sex ? (
                <p id="sex-error" className="text-danger-fg text-sm font-medium">
                  {fieldErrorText(errors.sex)}
                </p>
              ) : null}
            </div>
          </fieldset>
        )}
      />
      <FormField
        id="address"
        label={t('address')}
        hint={t('addressHint')}
        error={fieldErrorText(errors.address)}
        required
      >
        <textarea
          rows={3}
          autoComplete="street-address"
          className={cn(controlClassName, 'h-auto py-2')}
          {...fieldA11yProps('address', {
            error: errors.address?.message,
            hint: t('addressHint'),
          })}
          {...form.register('address')}
        />
      </FormField>

      <h2 className="pt-2 font-semibold">{t('photosTitle')}</h2>
      <p className="-mt-3 text-sm text-slate-600">{t('imageRules')}</p>
      <ImagePicker
        name="ktpImage"
        kind="ktp"
        control={form.control}
        label={t('ktpImage')}
        hint={t('ktpImageHint')}
        capture="environment"
        error={fieldErrorText(errors.ktpImage as FieldError | undefined)}
        onChosen={() => void form.trigger('ktpImage')}
      />
      <ImagePicker
        name="selfieImage"
        kind="selfie"
        control={form.control}
        label={t('selfieImage')}
        hint={t('selfieImageHint')}
        capture="user"
        error={fieldErrorText(errors.selfieImage as FieldError | undefined)}
        onChosen={() => void form.trigger('selfieImage')}
      />

      <p className="flex gap-2 text-sm text-slate-600">
        <LockKeyhole aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        {t('privacy')}
      </p>
      <div className="space-y-2">
        <Button type="submit" size="lg" className="w-full" loading={busy}>
          {busy ? pendingLabel : t('submit')}
        </Button>
        {progress !== null ? (
          <progress
            className="accent-brand-700 h-1.5 w-full"
            max={1}
            value={progress}
            aria-label={pendingLabel}
          />
        ) : null}
      </div>
    </form>
  );
}
