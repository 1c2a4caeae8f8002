'use client';
import { Plus, Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useFieldArray, useFormContext, type FieldError } from 'react-hook-form';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Button } from '@/components/ui/button';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { MAX_CUT_OFF_WINDOWS } from '@/lib/domain/biller-config';
import type { BillerFieldValues } from './biller-fields';

/** Daily windows in WIB when the biller takes nothing; an end before the start runs past midnight. */
export function CutOffWindowsEditor() {
  const t = useTranslations('adminCatalogue');
  const errorText = useFieldErrorText();
  const { control, register, formState } = useFormContext<BillerFieldValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'cutOffWindows' });
  const errors = formState.errors.cutOffWindows;
  // A rule about the whole list (how many windows) sits on the array itself.
  const listError = errorText(
    errors?.root ?? (errors?.message ? (errors as FieldError) : undefined),
  );

  return (
    <div className="space-y-3">
      {fields.length === 0 ? <p className="text-sm text-slate-600">{t('noCutOff')}</p> : null}
      <ul className="space-y-3">
        {fields.map((field, index) => {
          const startId = `cutOff-${index}-start`;
          const endId = `cutOff-${index}-end`;
          const startError = errorText(errors?.[index]?.start);
          const endError = errorText(errors?.[index]?.end);
          return (
            <li
              key={field.id}
              className="grid grid-cols-2 items-start gap-x-3 gap-y-1 sm:flex sm:gap-3"
            >
              <FormField
                id={startId}
                label={t('cutOffStart', { index: index + 1 })}
                error={startError}
                className="sm:w-36"
              >
                <Input
                  type="time"
                  {...fieldA11yProps(startId, { error: startError })}
                  {...register(`cutOffWindows.${index}.start`)}
                />
              </FormField>
              <FormField
                id={endId}
                label={t('cutOffEnd', { index: index + 1 })}
                error={endError}
                className="sm:w-36"
              >
                <Input
                  type="time"
                  {...fieldA11yProps(endId, { error: endError })}
                  {...register(`cutOffWindows.${index}.end`)}
                />
              </FormField>
              <Button
                variant="ghost"
                className="col-span-2 justify-self-end sm:mt-7"
                aria-label={t('removeCutOff', { index: index + 1 })}
                onClick={() => remove(index)}
              >
                <Trash2 aria-hidden="true" className="size-4" />
              </Button>
            </li>
          );
        })}
      </ul>
      <div aria-live="polite">
        {listError ? <p className="text-danger-fg text-sm font-medium">{listError}</p> : null}
      </div>
      {fields.length < MAX_CUT_OFF_WINDOWS ? (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => append({ start: '23:00', end: '01:00' })}
        >
          <Plus aria-hidden="true" className="size-4" />
          {t('addCutOff')}
        </Button>
      ) : null}
      <p className="text-sm text-slate-600">{t('cutOffHint')}</p>
    </div>
  );
}
