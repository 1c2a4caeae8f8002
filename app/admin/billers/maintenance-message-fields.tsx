'use client';
import { useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { controlClassName } from '@/components/ui/input';
import { cn } from '@/components/ui/cn';
import { MAINTENANCE_MESSAGE_MAX } from '@/lib/domain/biller-config';

type MessageValues = { maintenanceMessageId: string; maintenanceMessageEn: string };

/** What customers read while the biller is in maintenance, in both languages. */
export function MaintenanceMessageFields() {
  const t = useTranslations('adminCatalogue');
  const errorText = useFieldErrorText();
  const { register, formState } = useFormContext<MessageValues>();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {(['maintenanceMessageId', 'maintenanceMessageEn'] as const).map((name) => {
        const error = errorText(formState.errors[name]);
        return (
          <FormField
            key={name}
            id={name}
            label={t(`fields.${name}`)}
            hint={t('hints.maintenanceMessage')}
            error={error}
            required
          >
            <textarea
              rows={3}
              maxLength={MAINTENANCE_MESSAGE_MAX}
              className={cn(controlClassName, 'h-auto py-2 sm:h-auto')}
              {...fieldA11yProps(name, { error, hint: true })}
              {...register(name)}
            />
          </FormField>
        );
      })}
    </div>
  );
}
