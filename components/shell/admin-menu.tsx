'use client';
import { Menu, X } from 'lucide-react';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { cn } from '@/components/ui/cn';
import { Brand } from './brand';
import { NavLink } from './nav-link';

export type AdminMenuItem = {
  href: string;
  /** Plain name of the section, shown in the phone's top bar. */
  title: string;
  /** What the entry shows, when more than the title (e.g. a count badge). */
  label?: React.ReactNode;
};

export type AdminMenuGroup = { id: string; label?: string; items: AdminMenuItem[] };

const PANEL_ID = 'admin-menu';

function isActive(href: string, pathname: string) {
  return href === '/admin'
    ? pathname === href
    : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The back office's navigation: a sidebar from `md` up; below it a top bar with the brand, the
 * current section and a Menu button that opens the same grouped list.
 */
export function AdminMenu({
  groups,
  subtitle,
  navLabel,
  menuLabel,
}: {
  groups: AdminMenuGroup[];
  subtitle: string;
  navLabel: string;
  menuLabel: string;
}) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [shownPath, setShownPath] = useState(pathname);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Any navigation (a link, the browser's back button) closes the menu.
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setOpen(false);
  }
  const current = groups
    .flatMap((group) => group.items)
    .find((item) => isActive(item.href, pathname));

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const onPanelClick = (event: React.MouseEvent) => {
    if (!open || event.metaKey || event.ctrlKey || event.shiftKey) return;
    if (!(event.target as Element).closest('a')) return;
    setOpen(false);
    // The chosen link disappears with the menu; continue from the content it opens.
    document.getElementById('main')?.focus({ preventScroll: true });
  };

  return (
    <div>
      <div className="flex items-center gap-3 px-4 py-2.5 md:block md:py-4">
        <Brand href="/admin" />
        <p className="mt-1 hidden text-xs text-slate-500 md:block">{subtitle}</p>
        <p className="min-w-0 flex-1 truncate border-l border-slate-200 pl-3 text-sm font-medium text-slate-700 md:hidden">
          {current?.title}
        </p>
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls={PANEL_ID}
          onClick={() => setOpen((value) => !value)}
          className="rounded-control inline-flex h-10 shrink-0 items-center gap-1.5 border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 md:hidden"
        >
          {open ? (
            <X aria-hidden="true" className="size-4" />
          ) : (
            <Menu aria-hidden="true" className="size-4" />
          )}
          {menuLabel}
        </button>
      </div>
      <nav
        id={PANEL_ID}
        aria-label={navLabel}
        onClick={onPanelClick}
        className={cn(
          'px-2 pb-3 md:block',
          open
            ? 'max-md:max-h-[calc(100dvh-3.75rem)] max-md:overflow-y-auto max-md:border-t max-md:border-slate-200 max-md:pt-2'
            : 'hidden',
        )}
      >
        {groups.map((group) => (
          <div key={group.id} className="not-first:mt-3">
            {group.label ? (
              <p
                id={`${PANEL_ID}-${group.id}`}
                className="px-3 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase"
              >
                {group.label}
              </p>
            ) : (
              <div aria-hidden="true" className="mx-3 mb-2 border-t border-slate-200" />
            )}
            <ul
              aria-labelledby={group.label ? `${PANEL_ID}-${group.id}` : undefined}
              className="flex flex-col gap-0.5"
            >
              {group.items.map((item) => (
                <li key={item.href}>
                  <NavLink
                    href={item.href}
                    exact={item.href === '/admin'}
                    activeClassName="bg-brand-50 text-brand-800"
                    className="block rounded-md px-3 py-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100 md:py-2"
                  >
                    {item.label ?? item.title}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
    </div>
  );
}
