import { Bell } from 'lucide-react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';

/** The header's bell: leads to the notices, with the unread count when there is one. */
export function NotificationBell({ unread }: { unread: number }) {
  const t = useTranslations('notifications');
  return (
    <Link
      href="/home/notifications"
      aria-label={unread > 0 ? t('bellUnread', { count: unread }) : t('bell')}
      className="relative grid size-10 place-items-center rounded-full text-slate-700 hover:bg-slate-100 hover:text-slate-900"
    >
      <Bell aria-hidden="true" className="size-5" strokeWidth={1.75} />
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="bg-danger absolute top-1 right-0.5 min-w-4.5 rounded-full px-1 text-center text-[11px] leading-4.5 font-semibold text-white tabular-nums ring-2 ring-white"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
