import { cn } from './cn';

export type EmptyStateProps = {
  /** Decorative icon; rendered aria-hidden. */
  icon?: React.ReactNode;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** A button or link leading onward. */
  action?: React.ReactNode;
  className?: string;
};

export function EmptyState({ icon, title, description, action, className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        'rounded-card flex flex-col items-center gap-2 border border-dashed border-slate-300 bg-white px-6 py-10 text-center',
        className,
      )}
    >
      {icon ? (
        <div
          aria-hidden="true"
          className="mb-1 grid size-12 place-items-center rounded-full bg-slate-100 text-slate-500 [&_svg]:size-6"
        >
          {icon}
        </div>
      ) : null}
      <p className="font-semibold text-slate-900">{title}</p>
      {description ? <p className="max-w-sm text-sm text-slate-600">{description}</p> : null}
      {action ? <div className="mt-3">{action}</div> : null}
    </div>
  );
}
