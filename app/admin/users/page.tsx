import type { Metadata } from 'next';
import { ListSearchForm } from '@/components/shell/list-search-form';
import { PageNav } from '@/components/shell/page-nav';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { buttonClassName } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateWib } from '@/lib/domain/datetime';
import { ROLES } from '@/lib/domain/roles';
import { listUsers } from '@/lib/server/accounts/list-users';
import { LockButton } from './lock-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('usersTitle') };
}

// Filters come from the URL, so a bad value falls back to "no filter" instead of an error page.
const USER_STATUSES = ['ACTIVE', 'LOCKED'] as const;
const filtersSchema = z.object({
  q: z.string().max(100).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor(['ADMIN'], '/admin/users');
  const filters = filtersSchema.parse(await searchParams);
  const [result, t, tp, locale] = await Promise.all([
    listUsers({
      actor,
      search: filters.q,
      role: filters.role,
      status: filters.status,
      page: filters.page,
    }),
    getTranslations('admin'),
    getTranslations('people'),
    getLocale(),
  ]);
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (filters.q) params.set('q', filters.q);
    if (filters.role) params.set('role', filters.role);
    if (filters.status) params.set('status', filters.status);
    params.set('page', String(page));
    return `/admin/users?${params.toString()}`;
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('usersTitle')}</h1>
        <Link href="/admin/users/new" className={buttonClassName('primary', 'md')}>
          {tp('newStaff')}
        </Link>
      </div>
      <ListSearchForm
        action="/admin/users"
        searchLabel={t('searchUsers')}
        query={filters.q}
        selects={[
          {
            name: 'role',
            label: t('role'),
            value: filters.role,
            anyLabel: t('allRoles'),
            options: ROLES.map((role) => ({ value: role, label: t(`role${role}`) })),
          },
          {
            name: 'status',
            label: tp('status'),
            value: filters.status,
            anyLabel: tp('allStatuses'),
            options: USER_STATUSES.map((status) => ({
              value: status,
              label: tp(`status${status}`),
            })),
          },
        ]}
      />

      {result.rows.length === 0 ? (
        <EmptyState title={t('noUsers')} description={t('noUsersBody')} />
      ) : (
        <Table>
          <THead>
            <TR>
              <TH>{t('name')}</TH>
              <TH className="max-md:hidden">{t('email')}</TH>
              <TH>{t('role')}</TH>
              <TH>{t('status')}</TH>
              <TH>{t('joined')}</TH>
              <TH>
                <span className="sr-only">{t('actions')}</span>
              </TH>
            </TR>
          </THead>
          <TBody>
            {result.rows.map((user) => (
              <TR key={user.id}>
                <TD className="min-w-44 font-medium">
                  <Link href={`/admin/users/${user.id}`} className="text-brand-700 hover:underline">
                    {user.name}
                  </Link>
                  <span className="block text-xs font-normal break-all text-slate-500 md:hidden">
                    {user.email}
                  </span>
                </TD>
                <TD className="max-md:hidden">{user.email}</TD>
                <TD>{t(`role${user.role}`)}</TD>
                <TD>
                  <div className="flex flex-wrap gap-1">
                    <Badge tone={user.locked ? 'danger' : 'success'}>
                      {user.locked ? t('locked') : t('active')}
                    </Badge>
                    {user.role === 'CUSTOMER' ? (
                      <Badge tone={user.identityVerified ? 'brand' : 'neutral'}>
                        {user.identityVerified ? t('verified') : t('unverified')}
                      </Badge>
                    ) : null}
                  </div>
                </TD>
                <TD className="whitespace-nowrap">{formatDateWib(user.createdAt, locale)}</TD>
                <TD className="text-right">
                  {user.id === actor.id ? null : (
                    <LockButton userId={user.id} name={user.name} locked={user.locked} />
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}

      <PageNav page={result.page} pageCount={result.pageCount} hrefFor={pageHref} />
    </div>
  );
}
