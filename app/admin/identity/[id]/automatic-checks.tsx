import { CircleCheck, CircleHelp, CircleX } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { IdentityChecks } from '@/lib/domain/identity/review';

type Outcome = 'passed' | 'failed' | 'unknown';

const ICONS = {
  passed: <CircleCheck aria-hidden="true" className="text-success size-5 shrink-0" />,
  failed: <CircleX aria-hidden="true" className="text-danger size-5 shrink-0" />,
  unknown: <CircleHelp aria-hidden="true" className="size-5 shrink-0 text-slate-400" />,
};

const LABELS = {
  passed: 'outcomePassed',
  failed: 'outcomeFailed',
  unknown: 'outcomeUnknown',
} as const;

const outcome = (ok: boolean | null): Outcome =>
  ok === null ? 'unknown' : ok ? 'passed' : 'failed';

export function AutomaticChecks({ checks }: { checks: IdentityChecks }) {
  const t = useTranslations('identityReview');
  const rows: { label: string; result: Outcome; detail?: string }[] = [
    {
      label: t('checkNikFormat'),
      result: outcome(checks.nikFormat && checks.nikFormat.ok),
      detail:
        checks.nikFormat && !checks.nikFormat.ok
          ? t(`nikErrors.${checks.nikFormat.error}`)
          : undefined,
    },
    { label: t('checkBirthDate'), result: outcome(checks.birthDateMatches) },
    { label: t('checkSex'), result: outcome(checks.sexMatches) },
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{t('checksTitle')}</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="space-y-2">
          {rows.map((row) => (
            <li key={row.label} className="flex items-start gap-2 text-sm">
              {ICONS[row.result]}
              <div>
                <p>
                  <span className="font-medium">{row.label}</span>
                  {': '}
                  <span
                    className={
                      row.result === 'failed' ? 'text-danger-fg font-semibold' : 'text-slate-700'
                    }
                  >
                    {t(LABELS[row.result])}
                  </span>
                </p>
                {row.detail ? <p className="text-slate-600">{row.detail}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
