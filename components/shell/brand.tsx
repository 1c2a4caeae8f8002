import Link from 'next/link';
import { cn } from '@/components/ui/cn';

export function Brand({ href = '/', className }: { href?: string; className?: string }) {
  return (
    <Link
      href={href}
      className={cn('inline-flex items-center gap-2 font-semibold text-slate-900', className)}
    >
      <span
        aria-hidden="true"
        className="bg-brand-700 grid size-8 place-items-center rounded-lg text-sm font-bold text-white"
      >
        L
      </span>
      <span className="text-lg tracking-tight">Loket</span>
    </Link>
  );
}
