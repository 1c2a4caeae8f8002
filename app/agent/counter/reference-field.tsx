'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Input } from '@/components/ui/input';
import { SpinnerIcon } from '@/components/ui/loading';
import { operatorName, type OperatorPrefixTable } from '@/lib/domain/references/operators';
import { checkReference, referenceInput } from '@/lib/domain/references/rules';
import type { CounterBiller } from '@/lib/server/outlets/get-counter-desk';

type Props = {
  inputRef: React.Ref<HTMLInputElement>;
  biller: CounterBiller;
  operatorPrefixes: OperatorPrefixTable;
  value: string;
  onChange: (value: string) => void;
  onSubmit: (customerNo: string) => void;
  onBack: () => void;
  checking: boolean;
  disabled: boolean;
  /** The biller has answered for this number: no hint to press Enter any more. */
  settled: boolean;
  /** The server's answer to the last check (unknown number, already paid, ...). */
  serverError: string | null;
};

/**
 * The customer number, checked as it is typed by the same rule the server applies; Enter asks the
 * biller once the number can be right, Escape goes back to the biller.
 */
export function ReferenceField({
  inputRef,
  biller,
  operatorPrefixes,
  value,
  onChange,
  onSubmit,
  onBack,
  checking,
  disabled,
  settled,
  serverError,
}: Props) {
  const t = useTranslations('counter');
  const tr = useTranslations('reference') as unknown as (
    key: string,
    params?: Record<string, string | number>,
  ) => string;
  const [attempted, setAttempted] = useState(false);
  const input = referenceInput(biller.rule);
  const live = value.trim() === '' ? null : checkReference(biller.rule, value, operatorPrefixes);
  const liveError = live && !live.ok ? tr(live.error.key, live.error.params) : null;
  const shownError = serverError ?? (attempted ? liveError : null);
  const closed =
    biller.availability.state === 'maintenance'
      ? (biller.availability.message ?? t('billerMaintenance'))
      : biller.availability.state === 'cut-off'
        ? t('billerCutOff', { until: biller.availability.until })
        : null;

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onBack();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      setAttempted(true);
      if (live?.ok && !checking && !closed) onSubmit(value);
    }
  };

  const status = checking ? (
    <span className="flex items-center gap-2 text-slate-600">
      <SpinnerIcon className="size-4" />
      {t('checking')}
    </span>
  ) : shownError ? null : live?.ok ? (
    <span className="text-success-fg flex flex-wrap items-center gap-2">
      {settled ? null : t('referenceReady')}
      {live.operator ? (
        <Badge tone="brand">
          {t('operatorDetected', { operator: operatorName(live.operator) })}
        </Badge>
      ) : null}
    </span>
  ) : (
    <span className="text-slate-500">{liveError ?? tr(input.hintKey, input.hintParams)}</span>
  );

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor="customer-no" className="text-sm font-semibold text-slate-800">
        {tr(input.labelKey)} · {biller.name}
      </label>
      <Input
        ref={inputRef}
        id="customer-no"
        inputMode={input.inputMode}
        placeholder={input.placeholder}
        maxLength={input.maxLength}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        readOnly={checking}
        value={value}
        invalid={Boolean(shownError)}
        aria-describedby="customer-no-status customer-no-error"
        onChange={(event) => {
          setAttempted(false);
          onChange(event.target.value);
        }}
        onKeyDown={onKeyDown}
        className="h-14 font-mono text-2xl tracking-wider sm:h-14 sm:text-2xl"
      />
      <div
        id="customer-no-status"
        aria-live="polite"
        className={shownError ? 'text-sm' : 'min-h-5 text-sm'}
      >
        {status}
      </div>
      <div id="customer-no-error" aria-live="assertive">
        {shownError ? <p className="text-danger-fg text-sm font-medium">{shownError}</p> : null}
        {closed ? <p className="text-warning-fg text-sm font-medium">{closed}</p> : null}
      </div>
    </div>
  );
}
