import { cn } from './cn';

export type Fact = [label: string, value: React.ReactNode];

/** Label/value pairs (customer name, number, tariff...) in two aligned columns. */
export function FactList({
  facts,
  className,
  children,
}: {
  facts: Fact[];
  className?: string;
  children?: React.ReactNode;
}) {
  return (
    <dl className={cn('grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm', className)}>
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="font-medium break-words">{value}</dd>
        </div>
      ))}
      {children}
    </dl>
  );
}
