import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AdminMenu, type AdminMenuGroup } from '@/components/shell/admin-menu';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { LogoutButton } from '@/components/shell/logout-button';
import { requirePageActor } from '@/lib/auth/actor';
import { countPendingIdentitySubmissions } from '@/lib/server/identity/list-identity-submissions';
import { IdentityNavLabel } from './identity/nav-label';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(['ADMIN'], '/admin');
  const [t, ti] = await Promise.all([getTranslations('admin'), getTranslations('identityReview')]);
  const pendingIdentity = await countPendingIdentitySubmissions({ actor });
  const groups: AdminMenuGroup[] = [
    {
      id: 'operations',
      label: t('navGroupOperations'),
      items: [
        { href: '/admin', title: t('navDashboard') },
        { href: '/admin/transactions', title: t('navTransactions') },
        { href: '/admin/deposits', title: t('navDeposits') },
        { href: '/admin/reconciliation', title: t('navReconciliation') },
      ],
    },
    {
      id: 'people',
      label: t('navGroupPeople'),
      items: [
        { href: '/admin/users', title: t('navUsers') },
        { href: '/admin/outlets', title: t('navOutlets') },
        {
          href: '/admin/identity',
          title: ti('navIdentity'),
          label: <IdentityNavLabel pending={pendingIdentity} />,
        },
      ],
    },
    {
      id: 'catalogue',
      label: t('navGroupCatalogue'),
      items: [
        { href: '/admin/billers', title: t('navBillers') },
        { href: '/admin/fraud', title: t('navFraud') },
        { href: '/admin/settings', title: t('navSettings') },
      ],
    },
    {
      id: 'reports',
      label: t('navGroupReports'),
      items: [
        { href: '/admin/reports', title: t('navReports') },
        { href: '/admin/audit', title: t('navAudit') },
      ],
    },
    { id: 'account', items: [{ href: '/admin/account', title: t('navAccount') }] },
  ];
  return (
    <ClientMessages area="admin">
      <div className="min-h-dvh md:grid md:grid-cols-[14rem_1fr]">
        <aside className="border-b border-slate-200 bg-white max-md:sticky max-md:top-0 max-md:z-20 md:min-h-dvh md:border-r md:border-b-0">
          <AdminMenu
            groups={groups}
            subtitle={t('title')}
            navLabel={t('title')}
            menuLabel={t('menu')}
          />
        </aside>
        <div className="flex min-w-0 flex-col">
          <header className="flex items-center justify-end gap-3 border-b border-slate-200 bg-white px-4 py-2 text-sm">
            <span className="min-w-0 truncate text-slate-600">{actor.name}</span>
            <LocaleSwitch className="shrink-0" />
            <LogoutButton className="shrink-0" />
          </header>
          <main id="main" tabIndex={-1} className="flex-1 p-4 focus:outline-none md:p-6">
            {children}
          </main>
        </div>
      </div>
    </ClientMessages>
  );
}
