import { cn } from './cn';

export type TableProps = React.ComponentProps<'table'> & {
  /** Names the table for screen readers; visually hidden unless `showCaption`. */
  caption?: React.ReactNode;
  showCaption?: boolean;
  /** Classes for the scrolling wrapper (border, radius, max height). */
  containerClassName?: string;
};

/** A dense data table that scrolls sideways on narrow screens instead of squashing columns. */
export function Table({
  caption,
  showCaption = false,
  containerClassName,
  className,
  children,
  ...props
}: TableProps) {
  return (
    <div
      className={cn(
        // relative: screen-reader-only text inside cells is absolutely positioned and must be
        // clipped by this scroller, not widen the page.
        'rounded-card relative w-full overflow-x-auto border border-slate-200 bg-white print:overflow-visible',
        containerClassName,
      )}
    >
      <table className={cn('w-full border-collapse text-left text-sm', className)} {...props}>
        {caption != null ? (
          <caption
            className={
              showCaption ? 'px-3 py-2 text-left text-sm font-medium text-slate-700' : 'sr-only'
            }
          >
            {caption}
          </caption>
        ) : null}
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...props }: React.ComponentProps<'thead'>) {
  return <thead className={cn('border-b border-slate-200 bg-slate-50', className)} {...props} />;
}

export function TBody({ className, ...props }: React.ComponentProps<'tbody'>) {
  return <tbody className={cn('divide-y divide-slate-100', className)} {...props} />;
}

export function TR({ className, ...props }: React.ComponentProps<'tr'>) {
  return <tr className={cn('hover:bg-slate-50/70', className)} {...props} />;
}

export function TH({ scope = 'col', className, ...props }: React.ComponentProps<'th'>) {
  return (
    <th
      scope={scope}
      className={cn(
        'px-3 py-2.5 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-600 uppercase',
        className,
      )}
      {...props}
    />
  );
}

export function TD({ className, ...props }: React.ComponentProps<'td'>) {
  return <td className={cn('px-3 py-2.5 align-middle text-slate-800', className)} {...props} />;
}
