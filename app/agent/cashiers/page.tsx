import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib, formatDateWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { isAppError } from '@/lib/server/errors';
import { listOutletMembers, type OutletMemberRow } from '@/lib/server/outlets/list-outlet-members';
import { CreateCashierForm } from './create-cashier-form';
import { LockCashierButton } from './lock-cashier-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('counter'))('cashiers.title') };
}

/** The owner's cashiers: who they are, whether a shift is open, lock; and a form to add one. */
export default async function CashiersPage() {
  const actor = await requirePageActor(['AGENT'], '/agent/cashiers');
  let members: OutletMemberRow[];
  try {
    members = await listOutletMembers({ actor });
  } catch (error) {
    // Cashiers (and agents without an outlet) are not the owner: this page is not for them.
    if (isAppError(error) && error.code === 'FORBIDDEN') forbidden();
    throw error;
  }
  const [t, locale] = await Promise.all([getTranslations('counter'), getLocale().then(toLocale)]);

  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold tracking-tight">{t('cashiers.title')}</h1>
      <Table caption={t('cashiers.title')}>
        <THead>
          <TR>
            <TH>{t('cashiers.name')}</TH>
            <TH>{t('cashiers.email')}</TH>
            <TH>{t('cashiers.role')}</TH>
            <TH>{t('cashiers.status')}</TH>
            <TH>{t('cashiers.since')}</TH>
            <TH>
              <span className="sr-only">{t('cashiers.actions')}</span>
            </TH>
          </TR>
        </THead>
        <TBody>
          {members.map((member) => (
            <TR key={member.userId}>
              <TD className="font-medium">{member.name}</TD>
              <TD>{member.email}</TD>
              <TD>{t(`cashiers.role${member.role}`)}</TD>
              <TD>
                <div className="flex flex-wrap gap-1">
                  <Badge tone={member.locked ? 'danger' : 'success'}>
                    {member.locked ? t('cashiers.locked') : t('cashiers.active')}
                  </Badge>
                  {member.shiftOpenedAt ? (
                    <Badge tone="info">
                      {t('cashiers.onShift', {
                        time: formatDateTimeWib(member.shiftOpenedAt, locale),
                      })}
                    </Badge>
                  ) : null}
                </div>
              </TD>
              <TD className="whitespace-nowrap">{formatDateWib(member.createdAt, locale)}</TD>
              <TD className="text-right">
                {member.role === 'CASHIER' ? (
                  <LockCashierButton
                    userId={member.userId}
                    name={member.name}
                    locked={member.locked}
                  />
                ) : null}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <Card className="max-w-xl">
        <CardHeader>
          <CardTitle as="h2">{t('cashiers.addTitle')}</CardTitle>
          <CardDescription>{t('cashiers.addBody')}</CardDescription>
        </CardHeader>
        <CardContent>
          <CreateCashierForm />
        </CardContent>
      </Card>
    </div>
  );
}
