import { cn } from './cn';

/** The bare spinning ring, decorative. Reduced motion slows it down rather than freezing it. */
export function SpinnerIcon({ className }: { className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      className={cn(
        'size-5 shrink-0 animate-spin motion-reduce:animate-[spin_2s_linear_infinite]',
        className,
      )}
    >
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
      <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

export type SpinnerProps = { label?: string; className?: string };

/** A spinner announced to assistive technology as a status with `label`. */
export function Spinner({ label = 'Memuat…', className }: SpinnerProps) {
  return (
    <span role="status" className={cn('text-brand-700 inline-flex', className)}>
      <SpinnerIcon />
      <span className="sr-only">{label}</span>
    </span>
  );
}

export function Skeleton({ className, ...props }: React.ComponentProps<'div'>) {
  return (
    <div
      aria-hidden="true"
      className={cn(
        'h-4 animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none',
        className,
      )}
      {...props}
    />
  );
}

/** Whole-area loading state for `loading.tsx` route files. */
export function LoadingPage({ label = 'Memuat…', className }: SpinnerProps) {
  return (
    <div
      role="status"
      className={cn(
        'flex min-h-[50dvh] flex-col items-center justify-center gap-3 text-sm text-slate-600',
        className,
      )}
    >
      <SpinnerIcon className="text-brand-700 size-8" />
      <span>{label}</span>
    </div>
  );
}
