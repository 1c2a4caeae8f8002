'use client';
import { useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { cn } from '@/components/ui/cn';
import { FormField, fieldA11yProps } from '@/components/ui/form-field';
import { controlClassName } from '@/components/ui/input';
import { useFieldErrorText } from './use-field-error-text';

/**
 * The required "why" of an admin's decision: a few lines of text, with a hint that counts what
 * has been written (trimmed) and the form's error for it.
 */
export function ReasonField<T extends FieldValues, TOutput>({
  form,
  name,
  id,
  label,
  hint,
  rows,
}: {
  form: UseFormReturn<T, unknown, TOutput>;
  name: Path<T>;
  id: string;
  label: string;
  hint: (length: number) => string;
  rows: number;
}) {
  const fieldErrorText = useFieldErrorText();
  const written: unknown = useWatch({ control: form.control, name });
  const hintText = hint(typeof written === 'string' ? written.trim().length : 0);
  const error = fieldErrorText(form.getFieldState(name, form.formState).error);
  return (
    <FormField id={id} label={label} hint={hintText} error={error} required>
      <textarea
        rows={rows}
        className={cn(controlClassName, 'h-auto py-2 sm:h-auto')}
        {...fieldA11yProps(id, { error, hint: hintText })}
        {...form.register(name)}
      />
    </FormField>
  );
}
