import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { VerifyEmailForm } from './verify-email-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('verifyTitle') };
}

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const [{ token }, t, te] = await Promise.all([
    searchParams,
    getTranslations('auth'),
    getTranslations('errors'),
  ]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1>{t('verifyTitle')}</h1>
        </CardTitle>
      </CardHeader>
      <CardContent>
        {typeof token === 'string' && token.length >= 20 ? (
          <VerifyEmailForm token={token} />
        ) : (
          <Alert tone="danger">{te('verificationLinkInvalid')}</Alert>
        )}
      </CardContent>
    </Card>
  );
}
