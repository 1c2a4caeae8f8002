import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { FactList } from '@/components/ui/fact-list';
import { requirePageActor } from '@/lib/auth/actor';
import { clientIp } from '@/lib/auth/client-ip';
import { formatDateTimeWib, formatDateWib } from '@/lib/domain/datetime';
import { formatWaitingTime, submissionIdSchema, waitingTime } from '@/lib/domain/identity/review';
import { getIdentitySubmission } from '@/lib/server/identity/get-identity-submission';
import { isAppError } from '@/lib/server/errors';
import { StatusBadge } from '../status-badge';
import { AutomaticChecks } from './automatic-checks';
import { DecisionPanel } from './decision-panel';
import { SubmissionImages } from './submission-images';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('identityReview'))('detailTitle') };
}

const groupsOfFour = (nik: string) => nik.replace(/(\d{4})(?=\d)/g, '$1 ');

export default async function IdentityReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(['ADMIN'], `/admin/identity/${encodeURIComponent(id)}`);
  if (!submissionIdSchema.safeParse(id).success) notFound();
  const submission = await getIdentitySubmission({
    actor,
    id,
    ipAddress: clientIp(await headers()),
  }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations('identityReview'), getLocale()]);
  const now = new Date();
  const { customer } = submission;

  return (
    <div className="space-y-5">
      <Link
        href="/admin/identity"
        className="text-brand-700 inline-flex items-center gap-1 text-sm font-medium hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('backToQueue')}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">
          {t('detailHeading', { name: submission.fullName })}
        </h1>
        <StatusBadge status={submission.status} />
        <span className="text-sm text-slate-600">
          {t('submittedOn', { date: formatDateTimeWib(submission.createdAt, locale) })}
        </span>
      </div>

      {submission.verifiedElsewhere ? (
        <Alert tone="danger" title={t('verifiedElsewhereTitle')}>
          {t('verifiedElsewhereBody', {
            name: submission.verifiedElsewhere.name,
            email: submission.verifiedElsewhere.email,
          })}
        </Alert>
      ) : null}
      {submission.sameNikElsewhere.length > 0 ? (
        <Alert tone="warning" title={t('sameNikTitle')}>
          <ul className="list-disc space-y-0.5 pl-5">
            {submission.sameNikElsewhere.map((other) => (
              <li key={other.id}>
                <Link href={`/admin/identity/${other.id}`} className="underline">
                  {other.user.name} ({other.user.email})
                </Link>
                {' · '}
                {t(`status${other.status}`)} · {formatDateWib(other.createdAt, locale)}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <SubmissionImages id={submission.id} name={submission.fullName} />

      <div className="grid gap-5 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t('typedData')}</CardTitle>
          </CardHeader>
          <CardContent>
            <FactList
              className="text-base"
              facts={[
                [
                  t('nik'),
                  submission.nik ? (
                    <span className="font-mono text-lg tracking-wide tabular-nums">
                      {groupsOfFour(submission.nik)}
                    </span>
                  ) : (
                    <span className="text-danger-fg">{t('nikUnreadable')}</span>
                  ),
                ],
                [t('fullName'), submission.fullName],
                [t('birthPlace'), submission.birthPlace],
                // Written as the KTP prints it (17-08-1990), so the two read alike side by side.
                [t('birthDate'), submission.birthDate.split('-').reverse().join('-')],
                [t('sex'), t(`sex${submission.sex}`)],
                [
                  t('address'),
                  <span key="address" className="whitespace-pre-line">
                    {submission.address}
                  </span>,
                ],
              ]}
            />
          </CardContent>
        </Card>
        <div className="space-y-5">
          <AutomaticChecks checks={submission.checks} />
          <Card>
            <CardHeader>
              <CardTitle as="h2">{t('customerTitle')}</CardTitle>
            </CardHeader>
            <CardContent>
              <FactList
                facts={[
                  [t('accountName'), customer.name],
                  [t('email'), customer.email],
                  [
                    t('joined'),
                    t('joinedValue', {
                      date: formatDateWib(customer.createdAt, locale),
                      age: formatWaitingTime(waitingTime(customer.createdAt, now), locale),
                    }),
                  ],
                  [
                    t('emailStatus'),
                    customer.emailVerified ? t('emailVerified') : t('emailUnverified'),
                  ],
                ]}
              />
            </CardContent>
          </Card>
        </div>
      </div>

      {submission.status === 'PENDING' ? (
        <DecisionPanel
          submissionId={submission.id}
          name={submission.fullName}
          blocked={submission.verifiedElsewhere !== null}
        />
      ) : (
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t('decisionTitle')}</CardTitle>
          </CardHeader>
          <CardContent>
            <FactList
              facts={[
                [t('status'), <StatusBadge key="status" status={submission.status} />],
                [
                  t('decidedBy'),
                  submission.reviewedBy
                    ? `${submission.reviewedBy.name} (${submission.reviewedBy.email})`
                    : '-',
                ],
                [
                  t('decidedAt'),
                  submission.reviewedAt ? formatDateTimeWib(submission.reviewedAt, locale) : '-',
                ],
                ...(submission.rejectionReason
                  ? ([[t('rejectionReason'), submission.rejectionReason]] as [string, string][])
                  : []),
              ]}
            />
          </CardContent>
        </Card>
      )}

      <Card>
        <CardHeader>
          <CardTitle as="h2">{t('historyTitle')}</CardTitle>
        </CardHeader>
        <CardContent>
          {submission.history.length === 0 ? (
            <p className="text-sm text-slate-600">{t('historyEmpty')}</p>
          ) : (
            <ol className="divide-y divide-slate-100">
              {submission.history.map((earlier) => (
                <li key={earlier.id} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <StatusBadge status={earlier.status} />
                    <Link
                      href={`/admin/identity/${earlier.id}`}
                      className="text-brand-700 underline"
                    >
                      {t('submittedOn', { date: formatDateTimeWib(earlier.createdAt, locale) })}
                    </Link>
                  </div>
                  {earlier.rejectionReason ? (
                    <p className="text-sm text-slate-700">
                      {t('reasonQuoted', { reason: earlier.rejectionReason })}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
