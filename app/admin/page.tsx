import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/actor';
import { getUserStats } from '@/lib/server/accounts/get-user-stats';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('dashboardTitle') };
}

export default async function AdminDashboardPage() {
  const actor = await requirePageActor(['ADMIN'], '/admin');
  const [stats, t] = await Promise.all([getUserStats({ actor }), getTranslations('admin')]);
  const tiles = [
    { label: t('usersTotal'), value: stats.total },
    { label: t('customers'), value: stats.byRole.CUSTOMER },
    { label: t('agents'), value: stats.byRole.AGENT },
    { label: t('admins'), value: stats.byRole.ADMIN },
    { label: t('lockedUsers'), value: stats.locked },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('dashboardTitle')}</h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {tiles.map((tile) => (
          <li key={tile.label}>
            <Card>
              <CardHeader>
                <CardTitle className="text-sm font-medium text-slate-500">{tile.label}</CardTitle>
              </CardHeader>
              <CardContent>
                <p className="text-3xl font-semibold tabular-nums">
                  {tile.value.toLocaleString('id-ID')}
                </p>
              </CardContent>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
