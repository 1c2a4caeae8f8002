import Link from 'next/link';
import { buttonClassName } from '@/components/ui/button';

/** A whole-page message (403, 404, errors) with one way onward. */
export function StatusPage({
  code,
  title,
  body,
  action,
}: {
  code: string;
  title: string;
  body: string;
  action: { href: string; label: string } | React.ReactNode;
}) {
  return (
    <main
      id="main"
      className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center"
    >
      <p className="text-brand-700 font-mono text-sm font-semibold">{code}</p>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-600">{body}</p>
      {action && typeof action === 'object' && 'href' in action ? (
        <Link href={action.href} className={buttonClassName('primary', 'md')}>
          {action.label}
        </Link>
      ) : (
        action
      )}
    </main>
  );
}
