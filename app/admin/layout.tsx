import { getTranslations } from 'next-intl/server';
import { Brand } from '@/components/shell/brand';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { LogoutButton } from '@/components/shell/logout-button';
import { NavLink } from '@/components/shell/nav-link';
import { requirePageActor } from '@/lib/auth/actor';
import { countPendingIdentitySubmissions } from '@/lib/server/identity/list-identity-submissions';
import { IdentityNavLabel } from './identity/nav-label';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(['ADMIN'], '/admin');
  const t = await getTranslations('admin');
  const pendingIdentity = await countPendingIdentitySubmissions({ actor });
  const nav = [
    { href: '/admin', label: t('navDashboard') },
    { href: '/admin/transactions', label: t('navTransactions') },
    { href: '/admin/users', label: t('navUsers') },
    { href: '/admin/outlets', label: t('navOutlets') },
    { href: '/admin/identity', label: <IdentityNavLabel pending={pendingIdentity} /> },
    { href: '/admin/deposits', label: t('navDeposits') },
    { href: '/admin/billers', label: t('navBillers') },
    { href: '/admin/fraud', label: t('navFraud') },
    { href: '/admin/reports', label: t('navReports') },
    { href: '/admin/audit', label: t('navAudit') },
    { href: '/admin/reconciliation', label: t('navReconciliation') },
    { href: '/admin/settings', label: t('navSettings') },
    { href: '/admin/account', label: t('navAccount') },
  ];
  return (
    <div className="min-h-dvh md:grid md:grid-cols-[14rem_1fr]">
      <aside className="border-b border-slate-200 bg-white md:min-h-dvh md:border-r md:border-b-0">
        <div className="flex items-center justify-between px-4 py-4 md:block">
          <Brand href="/admin" />
          <p className="mt-1 hidden text-xs text-slate-500 md:block">{t('title')}</p>
        </div>
        <nav aria-label={t('title')} className="px-2 pb-3">
          <ul className="flex gap-1 md:flex-col">
            {nav.map((item) => (
              <li key={item.href}>
                <NavLink
                  href={item.href}
                  exact={item.href === '/admin'}
                  activeClassName="bg-brand-50 text-brand-800"
                  className="block rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
                >
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="flex items-center justify-end gap-3 border-b border-slate-200 bg-white px-4 py-2 text-sm">
          <span className="text-slate-600">{actor.name}</span>
          <LocaleSwitch />
          <LogoutButton />
        </header>
        <main id="main" className="flex-1 p-4 md:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
