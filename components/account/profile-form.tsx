'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { updateProfileAction } from '@/app/_actions/account';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { toast } from '@/components/ui/toast';
import { LOCALES, type Locale } from '@/lib/domain/locale';
import { PROFILE_PHONE_MAX_INPUT, formatProfilePhone, profileSchema } from '@/lib/domain/profile';

type ProfileValues = z.input<typeof profileSchema>;
type Field = 'name' | 'phone' | 'locale';

// Each language named in itself, as the language switch does.
const LANGUAGE_NAMES: Record<Locale, string> = { id: 'Bahasa Indonesia', en: 'English' };

export function ProfileForm({
  profile,
}: {
  profile: { name: string; phone: string | null; locale: Locale };
}) {
  const t = useTranslations('account');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ProfileValues, unknown, z.output<typeof profileSchema>>({
    resolver: zodResolver(profileSchema),
    defaultValues: {
      name: profile.name,
      phone: profile.phone ? formatProfilePhone(profile.phone) : '',
      locale: profile.locale,
    },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    // What was typed, not the parsed values: the server parses it again with the same schema.
    const result = await updateProfileAction(form.getValues());
    if (!result.ok) {
      const fields: Field[] = ['name', 'phone', 'locale'];
      if (!applyFieldErrors(form.setError, result.fieldErrors, fields)) {
        setFormError(result.message);
      }
      return;
    }
    const saved = result.data;
    form.reset({
      name: saved.name,
      phone: saved.phone ? formatProfilePhone(saved.phone) : '',
      locale: saved.locale,
    });
    toast.success(t('profileSaved'));
    // The saved language may differ from the one on screen.
    router.refresh();
  });

  const field = (name: Field, hint?: string) => ({
    invalid: Boolean(errors[name]),
    ...fieldA11yProps(name, { error: errors[name]?.message, hint }),
    ...form.register(name),
  });

  return (
    <form onSubmit={onSubmit} method="post" noValidate className="space-y-4">
      <div aria-live="polite">{formError ? <Alert tone="danger">{formError}</Alert> : null}</div>
      <FormField id="name" label={t('name')} error={fieldErrorText(errors.name)} required>
        <Input autoComplete="name" {...field('name')} />
      </FormField>
      <FormField
        id="phone"
        label={t('phone')}
        hint={t('phoneHint')}
        error={fieldErrorText(errors.phone)}
      >
        <Input
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          maxLength={PROFILE_PHONE_MAX_INPUT}
          placeholder="0812 3456 7890"
          {...field('phone', t('phoneHint'))}
        />
      </FormField>
      <FormField id="locale" label={t('language')} error={fieldErrorText(errors.locale)} required>
        <Select {...field('locale')}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" loading={isSubmitting}>
        {t('saveProfile')}
      </Button>
    </form>
  );
}
