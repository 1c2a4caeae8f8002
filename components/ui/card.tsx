import { cn } from './cn';

type DivProps = React.ComponentProps<'div'>;

export function Card({ className, ...props }: DivProps) {
  return (
    <div
      className={cn(
        'rounded-card flex flex-col gap-4 border border-slate-200 bg-white py-5 text-slate-900 shadow-sm sm:py-6',
        className,
      )}
      {...props}
    />
  );
}

export function CardHeader({ className, ...props }: DivProps) {
  return <div className={cn('flex flex-col gap-1 px-5 sm:px-6', className)} {...props} />;
}

export type CardTitleProps = React.ComponentProps<'h2'> & {
  /** Default `div`, so a caller can nest its own heading (`<CardTitle><h1>…</h1></CardTitle>`). */
  as?: 'div' | 'h1' | 'h2' | 'h3' | 'h4';
};

export function CardTitle({ as: Tag = 'div', className, ...props }: CardTitleProps) {
  return (
    <Tag
      className={cn('text-lg leading-tight font-semibold tracking-tight', className)}
      {...props}
    />
  );
}

export function CardDescription({ className, ...props }: React.ComponentProps<'p'>) {
  return <p className={cn('text-sm text-slate-600', className)} {...props} />;
}

export function CardContent({ className, ...props }: DivProps) {
  return <div className={cn('px-5 sm:px-6', className)} {...props} />;
}

export function CardFooter({ className, ...props }: DivProps) {
  return (
    <div
      className={cn('flex flex-wrap items-center justify-end gap-2 px-5 sm:px-6', className)}
      {...props}
    />
  );
}
