import { ClientMessages } from '@/components/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import { Brand } from '@/components/shell/brand';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { LogoutButton } from '@/components/shell/logout-button';
import { NavLink } from '@/components/shell/nav-link';
import { cn } from '@/components/ui/cn';
import { requirePageActor } from '@/lib/auth/actor';
import { formatRupiah } from '@/lib/domain/money';
import { getDepositOverview } from '@/lib/server/deposits/get-deposit-overview';
import { getOutletContext } from '@/lib/server/outlets/get-outlet-context';

const navLinkClass =
  'rounded-md px-3 py-1.5 font-medium text-slate-300 hover:bg-slate-800 hover:text-white';

// Desktop and keyboard first: everything on one screen, dense, with shortcuts shown.
export default async function AgentLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor(['AGENT'], '/agent');
  const [outlet, t] = await Promise.all([getOutletContext({ actor }), getTranslations('agent')]);
  // Every agent page shows what the deposit can still pay for.
  const deposit = outlet ? await getDepositOverview({ actor }) : null;
  const nav: [href: string, label: string][] = outlet
    ? [
        ['/agent/counter', t('navCounter')],
        ['/agent/shift', t('navShift')],
        ['/agent/deposit', t('navDeposit')],
        ...(outlet.role === 'OWNER'
          ? ([
              ['/agent/cashiers', t('navCashiers')],
              ['/agent/settings', t('navSettings')],
            ] as [string, string][])
          : []),
      ]
    : [];
  return (
    <ClientMessages area="agent">
      <div className="flex min-h-dvh flex-col bg-slate-100 print:bg-white">
        <header className="border-b border-slate-800 bg-slate-900 text-slate-100 print:hidden">
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 text-sm">
            <Brand href="/agent" className="text-white [&>span:last-child]:text-white" />
            <dl className="flex flex-1 flex-wrap gap-x-6 gap-y-1">
              <div className="flex gap-2">
                <dt className="text-slate-400">{t('outlet')}</dt>
                <dd className="font-medium">{outlet?.outletName ?? '—'}</dd>
              </div>
              <div className="flex gap-2">
                <dt className="text-slate-400">{t('cashier')}</dt>
                <dd className="font-medium">{actor.name}</dd>
              </div>
              {deposit ? (
                <div className="flex items-center gap-2" data-testid="header-balance">
                  <dt className="text-slate-400">{t('availableBalance')}</dt>
                  <dd
                    className={cn(
                      'font-semibold tabular-nums',
                      deposit.low ? 'text-amber-300' : 'text-emerald-300',
                    )}
                  >
                    {formatRupiah(deposit.available)}
                    {deposit.low ? (
                      <span className="ml-2 rounded bg-amber-400/20 px-1.5 py-0.5 text-xs font-medium text-amber-200">
                        {t('lowBalance')}
                      </span>
                    ) : null}
                  </dd>
                </div>
              ) : null}
            </dl>
            <LocaleSwitch className="border-slate-600 bg-white" />
            <LogoutButton className="text-slate-100 hover:bg-slate-800" />
          </div>
          <nav aria-label={t('navLabel')} className="flex flex-wrap gap-1 px-3 pb-2 text-sm">
            {nav.map(([href, label]) => (
              <NavLink
                key={href}
                href={href}
                activeClassName="bg-slate-800 text-white"
                className={navLinkClass}
              >
                {label}
              </NavLink>
            ))}
            <NavLink
              href="/agent/account"
              activeClassName="bg-slate-800 text-white"
              className={navLinkClass}
            >
              {t('navAccount')}
            </NavLink>
          </nav>
        </header>
        <main id="main" className="flex-1 p-4 print:p-0">
          {children}
        </main>
      </div>
    </ClientMessages>
  );
}
