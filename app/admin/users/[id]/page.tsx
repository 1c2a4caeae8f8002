import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { FactList } from '@/components/ui/fact-list';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { getUserDetail, type UserDetail } from '@/lib/server/admin/people/get-user-detail';
import { isAppError } from '@/lib/server/errors';
import { LockButton } from '../lock-button';
import { RecentActivity } from './recent-activity';
import { RoleForm } from './role-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('people'))('detailTitle') };
}

const idSchema = z.string().min(1).max(64);
const IDENTITY_STATUSES = ['NONE', 'PENDING', 'APPROVED', 'REJECTED'] as const;
const IDENTITY_TONE = {
  NONE: 'neutral',
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
} as const;

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!idSchema.safeParse(id).success) notFound();
  const actor = await requirePageActor(['ADMIN'], `/admin/users/${id}`);
  let user: UserDetail;
  try {
    user = await getUserDetail({ actor, userId: id });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
  const [t, ta, locale] = await Promise.all([
    getTranslations('people'),
    getTranslations('admin'),
    getLocale().then(toLocale),
  ]);
  const identityStatus =
    IDENTITY_STATUSES.find((status) => status === user.identityStatus) ?? 'NONE';
  const isSelf = user.id === actor.id;

  return (
    <div className="max-w-4xl space-y-5">
      <Link
        href="/admin/users"
        className="text-brand-700 inline-flex items-center gap-1 text-sm font-medium hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('backToUsers')}
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-semibold">{user.name}</h1>
        <Badge tone="brand">{ta(`role${user.role}`)}</Badge>
        <Badge tone={user.locked ? 'danger' : 'success'}>
          {user.locked ? ta('locked') : ta('active')}
        </Badge>
      </div>

      <div className="grid gap-5 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t('profile')}</CardTitle>
          </CardHeader>
          <CardContent>
            <FactList
              facts={[
                [t('email'), user.email],
                [t('emailStatus'), user.emailVerified ? t('emailVerified') : t('emailUnverified')],
                [t('phone'), user.phone ?? '—'],
                [t('joined'), formatDateWib(user.createdAt, locale)],
                [
                  t('outlet'),
                  user.outlet
                    ? `${user.outlet.name} (${t(user.outlet.role === 'OWNER' ? 'outletRoleOWNER' : 'outletRoleCASHIER')})`
                    : t('noOutlet'),
                ],
                [
                  t('identity'),
                  user.role === 'CUSTOMER' ? (
                    <span className="flex flex-wrap items-center gap-2">
                      <Badge tone={IDENTITY_TONE[identityStatus]}>
                        {t(`identity${identityStatus}`)}
                      </Badge>
                      {user.latestSubmissionId ? (
                        <Link
                          href={`/admin/identity/${user.latestSubmissionId}`}
                          className="text-brand-700 text-sm hover:underline"
                        >
                          {t('openSubmission')}
                        </Link>
                      ) : null}
                    </span>
                  ) : (
                    t('identityNotNeeded')
                  ),
                ],
              ]}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle as="h2">{t('access')}</CardTitle>
            <CardDescription>{isSelf ? t('ownAccount') : t('accessIntro')}</CardDescription>
          </CardHeader>
          {isSelf ? null : (
            <CardContent className="space-y-4">
              <RoleForm userId={user.id} name={user.name} role={user.role} />
              {user.outlet && user.role === 'AGENT' ? (
                <p className="text-xs text-slate-500">{t('memberStaysAgent')}</p>
              ) : null}
              <div className="border-t border-slate-200 pt-4">
                <LockButton userId={user.id} name={user.name} locked={user.locked} />
              </div>
            </CardContent>
          )}
        </Card>
      </div>

      <section aria-labelledby="activity" className="space-y-2">
        <h2 id="activity" className="text-lg font-semibold">
          {t('recentActivity')}
        </h2>
        <RecentActivity entries={user.recentAudit} locale={locale} />
      </section>
    </div>
  );
}
