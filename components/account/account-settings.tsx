import { getTranslations } from 'next-intl/server';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { Locale } from '@/lib/domain/locale';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';

/** The profile and password sections every role's account page shows, one card each. */
export async function AccountSettings({
  profile,
}: {
  profile: { name: string; phone: string | null; locale: Locale };
}) {
  const t = await getTranslations('account');
  return (
    <>
      <section aria-labelledby="profile-title">
        <Card>
          <CardHeader>
            <CardTitle as="h2" id="profile-title">
              {t('profileTitle')}
            </CardTitle>
            <CardDescription>{t('profileDescription')}</CardDescription>
          </CardHeader>
          <CardContent>
            <ProfileForm profile={profile} />
          </CardContent>
        </Card>
      </section>
      <section aria-labelledby="password-title">
        <Card>
          <CardHeader>
            <CardTitle as="h2" id="password-title">
              {t('passwordTitle')}
            </CardTitle>
            <CardDescription>{t('passwordDescription')}</CardDescription>
          </CardHeader>
          <CardContent>
            <ChangePasswordForm />
          </CardContent>
        </Card>
      </section>
    </>
  );
}
