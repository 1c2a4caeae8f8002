import { cn } from './cn';

/** Shared look of text-like controls; the invalid state keys off `aria-invalid`. */
export const controlClassName =
  'h-11 w-full min-w-0 rounded-control border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-sm transition-colors placeholder:text-slate-400 hover:border-slate-400 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-500 aria-[invalid=true]:border-danger aria-[invalid=true]:focus-visible:outline-danger sm:h-10 sm:text-sm';

export type InputProps = React.ComponentProps<'input'> & {
  /** Marks the value as wrong: sets aria-invalid and a red border. */
  invalid?: boolean;
  /** Text or icon inside the box before the value, e.g. "Rp". Decorative: say it in the label too. */
  leading?: React.ReactNode;
  trailing?: React.ReactNode;
};

/** `className` styles the outer box (the input itself, or the wrapper when adornments are used). */
export function Input({
  invalid,
  leading,
  trailing,
  className,
  'aria-invalid': ariaInvalid,
  ...props
}: InputProps) {
  const invalidAttr = invalid ? true : ariaInvalid;
  const isInvalid = invalidAttr != null && invalidAttr !== false && invalidAttr !== 'false';
  if (leading == null && trailing == null) {
    return (
      <input aria-invalid={invalidAttr} className={cn(controlClassName, className)} {...props} />
    );
  }
  return (
    <div
      data-invalid={isInvalid || undefined}
      className={cn(
        controlClassName,
        'focus-within:outline-brand-700 data-invalid:border-danger data-invalid:focus-within:outline-danger flex items-center gap-2 focus-within:outline-2 focus-within:outline-offset-2 has-disabled:bg-slate-100',
        className,
      )}
    >
      {leading != null ? (
        <span aria-hidden="true" className="shrink-0 text-slate-500 select-none">
          {leading}
        </span>
      ) : null}
      <input
        aria-invalid={invalidAttr}
        className="h-full w-full min-w-0 bg-transparent outline-none disabled:cursor-not-allowed"
        {...props}
      />
      {trailing != null ? (
        <span aria-hidden="true" className="shrink-0 text-slate-500 select-none">
          {trailing}
        </span>
      ) : null}
    </div>
  );
}
