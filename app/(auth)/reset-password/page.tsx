import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClassName } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { isPasswordResetLinkUsable } from '@/lib/server/accounts/reset-password';
import { ResetPasswordForm } from './reset-password-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('resetTitle') };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const [{ token }, t, te] = await Promise.all([
    searchParams,
    getTranslations('auth'),
    getTranslations('errors'),
  ]);
  // Only looks: the link is spent when the form is sent, not when a mail scanner opens it.
  const usable =
    typeof token === 'string' &&
    token.length >= 20 &&
    token.length <= 100 &&
    (await isPasswordResetLinkUsable({ token }));

  if (!usable) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>
            <h1>{t('resetInvalidTitle')}</h1>
          </CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          <Alert tone="danger">{te('resetLinkInvalid')}</Alert>
          <Link href="/forgot-password" className={buttonClassName('primary', 'lg') + ' w-full'}>
            {t('requestNewLink')}
          </Link>
        </CardContent>
      </Card>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1>{t('resetTitle')}</h1>
        </CardTitle>
        <CardDescription>{t('resetSubtitle')}</CardDescription>
      </CardHeader>
      <CardContent>
        <ResetPasswordForm token={token} />
      </CardContent>
    </Card>
  );
}
