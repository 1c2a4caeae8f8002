import { cn } from './cn';
import { controlClassName } from './input';

export type SelectProps = React.ComponentProps<'select'> & {
  /** Marks the choice as wrong: sets aria-invalid and a red border. */
  invalid?: boolean;
};

/**
 * A native `<select>`, so keyboard type-ahead and the phone's picker keep working.
 * `className` styles the outer box (width, margins), as with `Input`.
 */
export function Select({
  invalid,
  className,
  'aria-invalid': ariaInvalid,
  children,
  ...props
}: SelectProps) {
  return (
    <div className={cn('relative w-full', className)}>
      <select
        aria-invalid={invalid ? true : ariaInvalid}
        className={cn(controlClassName, 'appearance-none pr-9')}
        {...props}
      >
        {children}
      </select>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="currentColor"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-slate-500"
      >
        <path
          fillRule="evenodd"
          d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
          clipRule="evenodd"
        />
      </svg>
    </div>
  );
}
