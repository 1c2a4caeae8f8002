import { ClientMessages } from '@/components/i18n/client-messages';
import { Bookmark, House, ReceiptText, UserRound } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Brand } from '@/components/shell/brand';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { NavLink } from '@/components/shell/nav-link';
import { requirePageActor } from '@/lib/auth/actor';
import { countUnreadNotifications } from '@/lib/server/notifications/count-unread';
import { NotificationBell } from './notifications/notification-bell';

// Mobile first: a slim top bar and a thumb-reachable bottom navigation.
export default async function CustomerLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(['CUSTOMER'], '/home');
  const unread = await countUnreadNotifications({ actor });
  const t = await getTranslations('customer');
  const nav = [
    { href: '/home', label: t('navHome'), icon: House },
    { href: '/home/history', label: t('navHistory'), icon: ReceiptText },
    { href: '/home/saved', label: t('navSaved'), icon: Bookmark },
    { href: '/home/account', label: t('navAccount'), icon: UserRound },
  ];
  return (
    <ClientMessages area="customer">
      <div className="flex min-h-dvh flex-col">
        <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 backdrop-blur print:hidden">
          <div className="mx-auto flex max-w-2xl items-center justify-between px-4 py-3">
            <Brand href="/home" />
            <div className="flex items-center gap-2">
              <NotificationBell unread={unread} />
              <LocaleSwitch />
            </div>
          </div>
        </header>
        <main
          id="main"
          className="mx-auto w-full max-w-2xl flex-1 px-4 pt-4 pb-24 print:max-w-none print:p-0"
        >
          {children}
        </main>
        <nav
          aria-label={t('navHome')}
          className="fixed inset-x-0 bottom-0 z-10 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] print:hidden"
        >
          <ul className="mx-auto grid max-w-2xl grid-cols-4">
            {nav.map((item) => (
              <li key={item.href}>
                <NavLink
                  href={item.href}
                  exact
                  activeClassName="text-brand-700"
                  className="hover:text-brand-700 flex min-h-14 flex-col items-center justify-center gap-0.5 text-xs font-medium text-slate-700"
                >
                  <item.icon aria-hidden="true" className="size-5" strokeWidth={1.75} />
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </ClientMessages>
  );
}
