import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getActor } from '@/lib/auth/actor';
import { homePathFor } from '@/lib/domain/roles';
import { LoginForm } from './login-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('loginTitle') };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const [{ callbackUrl }, actor, t] = await Promise.all([
    searchParams,
    getActor(),
    getTranslations('auth'),
  ]);
  if (actor) redirect(homePathFor(actor.role));
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1>{t('loginTitle')}</h1>
        </CardTitle>
        <CardDescription>{t('loginSubtitle')}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-6">
        <LoginForm returnTo={typeof callbackUrl === 'string' ? callbackUrl : undefined} />
        <p className="text-sm text-slate-600">
          {t('noAccount')}{' '}
          <Link
            href="/register"
            className="text-brand-700 font-medium underline-offset-4 hover:underline"
          >
            {t('registerLink')}
          </Link>
        </p>
      </CardContent>
    </Card>
  );
}
