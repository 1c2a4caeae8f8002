import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PASSWORD_RESET_VALID_HOURS } from '@/lib/server/outbox/templates/password-reset';
import { ForgotPasswordForm } from './forgot-password-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('forgotTitle') };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations('auth');
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1>{t('forgotTitle')}</h1>
        </CardTitle>
        <CardDescription>{t('forgotSubtitle')}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-6">
        <ForgotPasswordForm validHours={PASSWORD_RESET_VALID_HOURS} />
        <p className="text-sm text-slate-600">
          <Link
            href="/login"
            className="text-brand-700 font-medium underline-offset-4 hover:underline"
          >
            {t('backToLogin')}
          </Link>
        </p>
      </CardContent>
    </Card>
  );
}
