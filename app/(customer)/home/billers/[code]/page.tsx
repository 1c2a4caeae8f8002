import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/actor';
import { toLocale } from '@/lib/domain/locale';
import { getBiller, type BillerDetail } from '@/lib/server/catalogue/get-biller';
import { isAppError } from '@/lib/server/errors';
import { InquiryForm } from './inquiry-form';

type Params = { params: Promise<{ code: string }> };

async function loadBiller(code: string): Promise<BillerDetail> {
  try {
    return await getBiller({ code, locale: toLocale(await getLocale()) });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const biller = await loadBiller((await params).code);
  return { title: biller.name };
}

export default async function BillerPage({ params }: Params) {
  const { code } = await params;
  await requirePageActor(['CUSTOMER'], `/home/billers/${code}`);
  const [biller, t] = await Promise.all([loadBiller(code), getTranslations('pay')]);
  const { availability } = biller;
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h1>{biller.name}</h1>
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        {availability.state === 'maintenance' ? (
          <Alert tone="warning" title={t('maintenanceTitle')}>
            {availability.message ?? t('maintenanceBody')}
          </Alert>
        ) : null}
        {availability.state === 'cut-off' ? (
          <Alert tone="warning" title={t('cutOffTitle')}>
            {t('cutOffBody', { until: availability.until })}
          </Alert>
        ) : null}
        <InquiryForm
          billerCode={biller.code}
          kind={biller.kind}
          rule={biller.rule}
          operatorPrefixes={biller.operatorPrefixes}
          disabled={availability.state !== 'open'}
        />
      </CardContent>
    </Card>
  );
}
