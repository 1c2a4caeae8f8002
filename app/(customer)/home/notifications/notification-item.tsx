'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { cn } from '@/components/ui/cn';
import { toast } from '@/components/ui/toast';
import { markNotificationsReadAction } from './actions';

export type NotificationItemView = {
  id: string;
  title: string;
  body: string;
  time: string;
  href: string | null;
  read: boolean;
};

/** One notice. Opening an unread one marks it read first, then follows its link. */
export function NotificationItem({ item }: { item: NotificationItemView }) {
  const t = useTranslations('notifications');
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const open = (event: React.MouseEvent) => {
    if (item.read) return;
    event.preventDefault();
    startTransition(async () => {
      const result = await markNotificationsReadAction({ ids: [item.id] });
      if (!result.ok) toast.error(result.message);
      if (item.href) router.push(item.href);
      else router.refresh();
    });
  };

  const content = (
    <>
      <span
        aria-hidden="true"
        className={cn(
          'mt-1.5 size-2.5 shrink-0 rounded-full',
          item.read ? 'bg-transparent' : 'bg-brand-600',
        )}
      />
      <span className="min-w-0 flex-1">
        <span className={cn('block', item.read ? 'font-medium text-slate-800' : 'font-semibold')}>
          {item.title}
          {item.read ? null : <span className="sr-only"> ({t('unread')})</span>}
        </span>
        <span className="mt-0.5 block text-sm break-words whitespace-pre-line text-slate-700">
          {item.body}
        </span>
        <span className="mt-1 block text-xs text-slate-500">{item.time}</span>
      </span>
    </>
  );
  const className = cn(
    'flex w-full gap-3 px-4 py-3 text-left hover:bg-slate-50 aria-busy:opacity-70',
    !item.read && 'bg-brand-50/60 hover:bg-brand-50',
  );

  return (
    <li>
      {item.href ? (
        <Link
          href={item.href}
          onClick={open}
          aria-busy={pending || undefined}
          className={className}
        >
          {content}
        </Link>
      ) : (
        <button
          type="button"
          onClick={open}
          disabled={item.read}
          aria-busy={pending || undefined}
          className={className}
        >
          {content}
        </button>
      )}
    </li>
  );
}
