'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { applyFieldErrors } from '@/components/forms/apply-field-errors';
import { useFieldErrorText } from '@/components/forms/use-field-error-text';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import {
  RESOLUTION_NOTE_MAX,
  resolveItemSchema,
  type ResolveItemInput,
} from '@/lib/domain/reconciliation';
import { resolveItemAction } from './actions';

/** Closes one open row with a note, inline in the table. */
export function ResolveItemForm({ itemId, reference }: { itemId: string; reference: string }) {
  const t = useTranslations('reconciliation');
  const router = useRouter();
  const fieldErrorText = useFieldErrorText();
  const form = useForm<ResolveItemInput>({
    resolver: zodResolver(resolveItemSchema),
    defaultValues: { itemId, note: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const noteError = fieldErrorText(errors.note);
  const inputId = `note-${itemId}`;

  const submit = form.handleSubmit(async (values) => {
    const result = await resolveItemAction(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors, ['note'])) {
        toast.error(result.message);
        if (result.code === 'CONFLICT') router.refresh();
      }
      return;
    }
    toast.success(t('resolved'));
    router.refresh();
  });

  return (
    <form onSubmit={submit} noValidate className="flex min-w-64 flex-col gap-1">
      <div className="flex items-start gap-2">
        <label htmlFor={inputId} className="sr-only">
          {t('note')} {reference}
        </label>
        <Input
          id={inputId}
          placeholder={t('notePlaceholder')}
          maxLength={RESOLUTION_NOTE_MAX}
          autoComplete="off"
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${inputId}-error` : undefined}
          className="h-9 text-sm"
          {...form.register('note')}
        />
        <Button type="submit" size="sm" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? t('resolving') : t('resolve')}
        </Button>
      </div>
      <div aria-live="polite">
        {noteError ? (
          <p id={`${inputId}-error`} className="text-danger-fg text-xs font-medium">
            {noteError}
          </p>
        ) : null}
      </div>
    </form>
  );
}
