'use client';
import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { cn } from '@/components/ui/cn';
import { toast } from '@/components/ui/toast';
import { setBillRemindersAction } from './actions';

/** The monthly reminder of one saved bill, on or off; the server keeps the choice. */
export function ReminderSwitch({
  id,
  label,
  enabled,
}: {
  id: string;
  label: string;
  enabled: boolean;
}) {
  const t = useTranslations('reminders');
  const [on, setOn] = useState(enabled);
  const [pending, startTransition] = useTransition();
  const switchId = useId();
  const hintId = useId();

  const toggle = () => {
    const next = !on;
    setOn(next);
    startTransition(async () => {
      const result = await setBillRemindersAction({ id, enabled: next });
      if (!result.ok) {
        setOn(!next);
        toast.error(result.message);
        return;
      }
      toast.success(t(next ? 'turnedOn' : 'turnedOff', { label }));
    });
  };

  return (
    <div className="mt-2 flex basis-full items-start justify-between gap-3">
      <div className="min-w-0">
        <label htmlFor={switchId} className="text-sm text-slate-800">
          {t('toggle')}
        </label>
        <p id={hintId} className="text-xs text-slate-500">
          {t('hint')}
        </p>
      </div>
      <button
        id={switchId}
        type="button"
        role="switch"
        aria-checked={on}
        aria-describedby={hintId}
        aria-busy={pending || undefined}
        disabled={pending}
        onClick={toggle}
        className={cn(
          'relative mt-0.5 inline-flex h-7 w-12 shrink-0 items-center rounded-full transition-colors disabled:opacity-70',
          on ? 'bg-brand-700' : 'bg-slate-300',
        )}
      >
        <span
          aria-hidden="true"
          className={cn(
            'size-5 rounded-full bg-white shadow transition-transform',
            on ? 'translate-x-6' : 'translate-x-1',
          )}
        />
      </button>
    </div>
  );
}
