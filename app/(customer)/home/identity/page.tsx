import { ShieldCheck } from 'lucide-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { IDENTITY_STATUS_TONE } from '@/components/identity/identity-status-card';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { FactList, type Fact } from '@/components/ui/fact-list';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib, formatDateWib } from '@/lib/domain/datetime';
import { jakartaDate, type IdentityStatusView } from '@/lib/domain/identity/submission';
import { toLocale } from '@/lib/domain/locale';
import { getIdentityStatus } from '@/lib/server/identity/get-identity-status';
import { IdentityForm } from './identity-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('identity'))('title') };
}

export default async function IdentityPage() {
  const actor = await requirePageActor(['CUSTOMER'], '/home/identity');
  const [identity, t, locale] = await Promise.all([
    getIdentityStatus({ actor }),
    getTranslations('identity'),
    getLocale().then(toLocale),
  ]);
  const { status, latest } = identity;
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-xl font-semibold">{t('title')}</h1>
          <Badge tone={IDENTITY_STATUS_TONE[status]}>{t(`status${status}`)}</Badge>
        </div>
        {status === 'APPROVED' ? null : <p className="text-sm text-slate-600">{t('intro')}</p>}
      </div>

      {status === 'PENDING' || status === 'APPROVED' ? (
        <StatusCard identity={identity} locale={locale} />
      ) : (
        <>
          {status === 'REJECTED' ? (
            <Alert tone="danger" title={t('rejectedTitle')}>
              {latest?.rejectionReason ? (
                <p className="font-medium">
                  {t('rejectedReason', { reason: latest.rejectionReason })}
                </p>
              ) : null}
              <p>{t('rejectedBody')}</p>
            </Alert>
          ) : null}
          {identity.emailVerified ? (
            <Card>
              <CardContent className="space-y-5">
                <div className="space-y-2 text-sm text-slate-700">
                  <p className="font-medium text-slate-900">{t('prepareTitle')}</p>
                  <ul className="list-disc space-y-1 pl-5">
                    <li>{t('prepareKtp')}</li>
                    <li>{t('prepareLight')}</li>
                  </ul>
                </div>
                <IdentityForm today={jakartaDate(new Date())} />
              </CardContent>
            </Card>
          ) : (
            <Alert tone="warning" title={t('emailFirstTitle')}>
              <p>{t('emailFirstBody')}</p>
              <Link href="/home/account" className="font-medium underline">
                {t('emailFirstLink')}
              </Link>
            </Alert>
          )}
        </>
      )}
    </div>
  );
}

async function StatusCard({
  identity,
  locale,
}: {
  identity: IdentityStatusView;
  locale: 'id' | 'en';
}) {
  const t = await getTranslations('identity');
  const approved = identity.status === 'APPROVED';
  const { latest } = identity;
  const facts: Fact[] = [];
  if (latest) {
    facts.push([t('factNik'), latest.nikMasked]);
    facts.push([t('factName'), latest.fullName]);
    facts.push([t('factSubmitted'), formatDateTimeWib(latest.submittedAt, locale)]);
  }
  if (approved && identity.verifiedAt) {
    facts.push([t('factVerified'), formatDateWib(identity.verifiedAt, locale)]);
  }
  return (
    <Card>
      <CardHeader>
        <div className="flex items-start gap-3">
          <ShieldCheck
            aria-hidden="true"
            className={approved ? 'text-success size-7 shrink-0' : 'size-7 shrink-0 text-amber-600'}
          />
          <div className="space-y-1">
            <CardTitle as="h2">{approved ? t('approvedTitle') : t('pendingTitle')}</CardTitle>
            <p className="text-sm text-slate-600">
              {approved ? t('approvedBody') : t('pendingBody')}
            </p>
          </div>
        </div>
      </CardHeader>
      {facts.length > 0 ? (
        <CardContent>
          <FactList facts={facts} />
        </CardContent>
      ) : null}
    </Card>
  );
}
