import { Bell } from 'lucide-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { z } from 'zod';
import { buttonClassName } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { messageParams } from '@/lib/domain/notifications';
import { countUnreadNotifications } from '@/lib/server/notifications/count-unread';
import { listNotifications } from '@/lib/server/notifications/list-notifications';
import { MarkAllRead } from './mark-all-read';
import { NotificationItem } from './notification-item';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications'))('title') };
}

// A bad cursor in the URL starts from the newest instead of failing.
const querySchema = z.object({ cursor: z.string().min(1).max(64).optional().catch(undefined) });

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor(['CUSTOMER'], '/home/notifications');
  const { cursor } = querySchema.parse(await searchParams);
  const [list, unread, t, locale] = await Promise.all([
    listNotifications({ actor, cursor }),
    countUnreadNotifications({ actor }),
    getTranslations('notifications'),
    getLocale(),
  ]);

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">{t('title')}</h1>
        {unread > 0 ? <MarkAllRead /> : null}
      </div>
      {list.items.length === 0 ? (
        <EmptyState icon={<Bell />} title={t('empty')} description={t('emptyBody')} />
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white">
          {list.items.map((item) => (
            <NotificationItem
              key={item.id}
              item={{
                id: item.id,
                title: t(`kinds.${item.kind}.title`),
                body: t(`kinds.${item.kind}.body`, messageParams(item.params, toLocale(locale))),
                time: formatDateTimeWib(item.createdAt, locale),
                href: item.href,
                read: item.read,
              }}
            />
          ))}
        </ul>
      )}
      {cursor || list.nextCursor ? (
        <nav aria-label={t('pages')} className="flex justify-between gap-2">
          {cursor ? (
            <Link href="/home/notifications" className={buttonClassName('secondary', 'sm')}>
              {t('newest')}
            </Link>
          ) : (
            <span />
          )}
          {list.nextCursor ? (
            <Link
              href={`/home/notifications?cursor=${encodeURIComponent(list.nextCursor)}`}
              className={buttonClassName('secondary', 'sm')}
            >
              {t('older')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
