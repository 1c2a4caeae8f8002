'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Input } from '@/components/ui/input';
import { SpinnerIcon } from '@/components/ui/loading';
import { changeDue, parseRupiahInput } from '@/lib/domain/counter';
import { CASH_KEYS, cashForKey } from '@/lib/domain/counter-keys';
import { formatRupiah } from '@/lib/domain/money';

type Props = {
  inputRef: React.Ref<HTMLInputElement>;
  total: number;
  paying: boolean;
  /** A refusal of the cash by the server, already translated. */
  serverError: string | null;
  onPay: (cashText: string) => void;
  onBack: () => void;
};

const grouped = (amount: number) => new Intl.NumberFormat('id-ID').format(amount);

/**
 * The cash the customer hands over, with the change shown as it is typed. = fills the exact
 * amount, + and * round up to the next Rp50.000 and Rp100.000; Enter pays, Escape goes back.
 */
export function CashField({ inputRef, total, paying, serverError, onPay, onBack }: Props) {
  const t = useTranslations('counter');
  const tv = useTranslations('validation');
  const [text, setText] = useState('');
  const [attempted, setAttempted] = useState(false);
  const cash = parseRupiahInput(text);
  const change = changeDue(total, cash);
  const localError =
    text.trim() === ''
      ? tv('cashReceivedRequired')
      : cash === null
        ? tv('cashAmountInvalid')
        : change === null
          ? tv('cashTooLow')
          : null;
  const error = serverError ?? (attempted ? localError : null);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (paying) return;
    const quick = cashForKey(event.key, total);
    if (quick !== null) {
      event.preventDefault();
      setText(grouped(quick));
      setAttempted(false);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onBack();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      setAttempted(true);
      if (localError === null) onPay(text);
    }
  };

  const quickKeys = (Object.keys(CASH_KEYS) as (keyof typeof CASH_KEYS)[])
    .map((key) => ({ key, amount: cashForKey(key, total)! }))
    .filter((entry, index, all) => all.findIndex((e) => e.amount === entry.amount) === index);

  return (
    <div className="grid items-start gap-4 lg:grid-cols-2">
      <div className="flex flex-col gap-1.5">
        <label htmlFor="cash-received" className="text-sm font-semibold text-slate-800">
          {t('cashReceived')}
        </label>
        <Input
          ref={inputRef}
          id="cash-received"
          inputMode="numeric"
          autoComplete="off"
          leading="Rp"
          value={text}
          readOnly={paying}
          invalid={Boolean(error)}
          aria-describedby="cash-keys cash-error"
          onChange={(event) => {
            setAttempted(false);
            // Digits only, grouped as they are typed: 100000 reads 100.000.
            const digits = event.target.value.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
            setText(digits === '' ? '' : grouped(Number(digits.slice(0, 12))));
          }}
          onKeyDown={onKeyDown}
          className="h-14 font-mono text-2xl sm:h-14 sm:text-2xl"
        />
        <p id="cash-keys" className="flex flex-wrap gap-1.5 text-xs text-slate-600">
          {quickKeys.map(({ key, amount }) => (
            <span key={key} className="rounded bg-slate-100 px-1.5 py-0.5">
              <kbd className="font-mono font-semibold">{key}</kbd> {formatRupiah(amount)}
            </span>
          ))}
          <span className="rounded bg-slate-100 px-1.5 py-0.5">
            <kbd className="font-mono font-semibold">Enter</kbd> {t('payKey')}
          </span>
        </p>
        <div id="cash-error" aria-live="assertive">
          {error ? <p className="text-danger-fg text-sm font-medium">{error}</p> : null}
        </div>
      </div>
      <div
        className="rounded-card border border-slate-200 bg-slate-50 p-4 text-right"
        aria-live="polite"
      >
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
          {t('change')}
        </p>
        <p className="text-4xl font-bold tabular-nums" data-testid="change">
          {change === null ? '—' : formatRupiah(change)}
        </p>
        {paying ? (
          <p className="mt-2 flex items-center justify-end gap-2 text-sm text-slate-700">
            <SpinnerIcon className="size-4" />
            {t('paying')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
