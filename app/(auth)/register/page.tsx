import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getActor } from '@/lib/auth/actor';
import { homePathFor } from '@/lib/domain/roles';
import { RegisterForm } from './register-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('registerTitle') };
}

export default async function RegisterPage() {
  const [actor, t, locale] = await Promise.all([getActor(), getTranslations('auth'), getLocale()]);
  if (actor) redirect(homePathFor(actor.role));
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1>{t('registerTitle')}</h1>
        </CardTitle>
        <CardDescription>{t('registerSubtitle')}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-6">
        <RegisterForm locale={locale} />
        <p className="text-sm text-slate-600">
          {t('haveAccount')}{' '}
          <Link
            href="/login"
            className="text-brand-700 font-medium underline-offset-4 hover:underline"
          >
            {t('loginLink')}
          </Link>
        </p>
      </CardContent>
    </Card>
  );
}
