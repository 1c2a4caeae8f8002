import { getTranslations } from 'next-intl/server';
import { cn } from '@/components/ui/cn';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import {
  timelineStepKey,
  timelineStepTone,
  type TimelineStep,
} from '@/lib/domain/transaction-timeline';

const DOT = {
  success: 'border-emerald-600 bg-emerald-600',
  danger: 'border-red-600 bg-red-600',
  neutral: 'border-slate-400 bg-white',
} as const;

/** The steps of a transaction as a vertical line, oldest at the top, times in WIB. */
export async function StatusTimeline({ steps, locale }: { steps: TimelineStep[]; locale: Locale }) {
  const t = await getTranslations('history');
  return (
    <ol data-testid="status-timeline">
      {steps.map((step, index) => {
        const last = index === steps.length - 1;
        const label =
          step.kind === 'status'
            ? t(`timeline.${step.status}`)
            : t(`timeline.${step.kind}`, { amount: formatRupiah(step.amount) });
        return (
          <li
            key={`${timelineStepKey(step)}-${index}`}
            className="relative flex gap-3 pb-5 last:pb-0"
          >
            {last ? null : (
              <span
                aria-hidden="true"
                className="absolute top-4 bottom-0 left-[7px] w-0.5 bg-slate-200"
              />
            )}
            <span
              aria-hidden="true"
              className={cn(
                'relative mt-1 size-4 shrink-0 rounded-full border-2',
                DOT[timelineStepTone(step)],
                last && 'ring-4 ring-slate-100',
              )}
            />
            <div className="min-w-0">
              <p className={cn('text-sm', last ? 'font-semibold' : 'font-medium text-slate-700')}>
                {label}
              </p>
              <p className="text-xs text-slate-500">
                <time dateTime={step.at.toISOString()}>{formatDateTimeWib(step.at, locale)}</time>
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
