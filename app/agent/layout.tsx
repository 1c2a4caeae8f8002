import { getTranslations } from 'next-intl/server';
import { Brand } from '@/components/shell/brand';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { LogoutButton } from '@/components/shell/logout-button';
import { NavLink } from '@/components/shell/nav-link';
import { requirePageActor } from '@/lib/auth/actor';
import { getAgentOutlet } from '@/lib/server/outlets/get-agent-outlet';

// Desktop and keyboard first: everything on one screen, dense, with shortcuts shown.
export default async function AgentLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(['AGENT'], '/agent');
  const [outlet, t] = await Promise.all([getAgentOutlet({ actor }), getTranslations('agent')]);
  return (
    <div className="flex min-h-dvh flex-col bg-slate-100">
      <header className="border-b border-slate-800 bg-slate-900 text-slate-100">
        <div className="flex items-center gap-6 px-4 py-2 text-sm">
          <Brand href="/agent" className="text-white [&>span:last-child]:text-white" />
          <dl className="flex flex-1 flex-wrap gap-x-6 gap-y-1">
            <div className="flex gap-2">
              <dt className="text-slate-400">{t('outlet')}</dt>
              <dd className="font-medium">{outlet?.name ?? '—'}</dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-slate-400">{t('cashier')}</dt>
              <dd className="font-medium">{actor.name}</dd>
            </div>
          </dl>
          <NavLink
            href="/agent/account"
            activeClassName="bg-slate-800"
            className="rounded-md px-3 py-1.5 font-medium text-slate-100 hover:bg-slate-800"
          >
            {t('navAccount')}
          </NavLink>
          <LocaleSwitch className="border-slate-600 bg-white" />
          <LogoutButton className="text-slate-100 hover:bg-slate-800" />
        </div>
      </header>
      <main id="main" className="flex-1 p-4">
        {children}
      </main>
    </div>
  );
}
