import { cloneElement, isValidElement } from 'react';
import { cn } from './cn';

type Described = { error?: React.ReactNode; hint?: React.ReactNode };

/** Props for the control inside a `FormField`, so it points at the field's hint and error. */
export function fieldA11yProps(id: string, { error, hint }: Described = {}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
  } as const;
}

export type FormFieldProps = Described & {
  label: React.ReactNode;
  required?: boolean;
  className?: string;
  /** The control; give it `fieldA11yProps(id, { error, hint })`. */
  children: React.ReactNode;
} & ({ id: string; htmlFor?: never } | { htmlFor: string; id?: never });

export function FormField({
  id,
  htmlFor,
  label,
  hint,
  error,
  required,
  className,
  children,
}: FormFieldProps) {
  const controlId = (htmlFor ?? id) as string;
  // The asterisk is visual only; screen readers get aria-required on the control instead.
  const control =
    required && isValidElement<{ 'aria-required'?: unknown }>(children)
      ? cloneElement(children, { 'aria-required': children.props['aria-required'] ?? true })
      : children;
  return (
    <div className={cn('flex flex-col', className)}>
      <label htmlFor={controlId} className="mb-1.5 text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-danger ml-0.5">
            *
          </span>
        ) : null}
      </label>
      {control}
      {hint ? (
        <p id={`${controlId}-hint`} className="mt-1.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {/* Always rendered, so the error is announced when it appears. */}
      <div aria-live="polite">
        {error ? (
          <p id={`${controlId}-error`} className="text-danger-fg mt-1.5 text-sm font-medium">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
