'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { controlClassName } from '@/components/ui/input';
import { toast } from '@/components/ui/toast';
import { FRAUD_NOTE_MAX, rejectHoldSchema } from '@/lib/domain/fraud-rules';
import { rejectHoldAction, releaseHoldAction } from './actions';

type Decision = 'release' | 'reject';

/** Release (the biller is paid) or reject (the money goes back) one held transaction. */
export function HoldReview({
  holdId,
  customerNo,
  amount,
}: {
  holdId: string;
  customerNo: string;
  /** What was charged, formatted. */
  amount: string;
}) {
  const t = useTranslations('fraud.holds');
  const tv = useTranslations('validation');
  const tc = useTranslations('common');
  const router = useRouter();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<Decision | null>(null);
  const [pending, setPending] = useState(false);

  function ask(decision: Decision) {
    if (decision === 'reject') {
      const parsed = rejectHoldSchema.safeParse({ holdId, note });
      if (!parsed.success) {
        const key = parsed.error.issues[0]?.message ?? 'invalid';
        setError(tv.has(key as never) ? tv(key as never) : tv('invalid'));
        return;
      }
    }
    setError(null);
    setAsking(decision);
  }

  async function decide() {
    if (!asking) return;
    setPending(true);
    const result =
      asking === 'release'
        ? await releaseHoldAction({ holdId, note })
        : await rejectHoldAction({ holdId, note });
    setPending(false);
    setAsking(null);
    if (!result.ok) {
      const fieldError = result.fieldErrors?.note?.[0];
      if (fieldError) setError(fieldError);
      else toast.error(result.message);
      router.refresh();
      return;
    }
    toast.success(
      'status' in result.data
        ? t('released', { status: result.data.status })
        : t('rejected', { amount }),
    );
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <label htmlFor={noteId} className="block text-sm font-medium text-slate-800">
        {t('note')}
      </label>
      <textarea
        id={noteId}
        rows={2}
        value={note}
        maxLength={FRAUD_NOTE_MAX}
        onChange={(event) => setNote(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${noteId}-hint${error ? ` ${noteId}-error` : ''}`}
        className={cn(controlClassName, 'h-auto py-2 sm:h-auto')}
      />
      <p id={`${noteId}-hint`} className="text-xs text-slate-600">
        {t('noteHint', { length: note.trim().length, max: FRAUD_NOTE_MAX })}
      </p>
      <div aria-live="polite">
        {error ? (
          <p id={`${noteId}-error`} className="text-danger-fg text-sm font-medium">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="danger" size="sm" onClick={() => ask('reject')}>
          {t('reject')}
        </Button>
        <Button size="sm" onClick={() => ask('release')}>
          {t('release')}
        </Button>
      </div>
      <ConfirmDialog
        open={asking !== null}
        onOpenChange={(open) => {
          if (!open) setAsking(null);
        }}
        title={asking === 'reject' ? t('rejectTitle') : t('releaseTitle')}
        description={
          asking === 'reject'
            ? t('rejectBody', { amount })
            : t('releaseBody', { customerNo, amount })
        }
        closeLabel={tc('close')}
        confirmLabel={asking === 'reject' ? t('reject') : t('release')}
        cancelLabel={t('cancel')}
        destructive={asking === 'reject'}
        loading={pending}
        onConfirm={() => void decide()}
      />
    </div>
  );
}
