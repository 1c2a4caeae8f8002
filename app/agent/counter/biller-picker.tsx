'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { cn } from '@/components/ui/cn';
import { FUNCTION_KEYS, NUMBERED_BILLERS, filterBillers } from '@/lib/domain/counter-keys';
import type { CounterBiller } from '@/lib/server/outlets/get-counter-desk';

type Props = {
  inputRef: React.Ref<HTMLInputElement>;
  billers: CounterBiller[];
  selected: CounterBiller | null;
  disabled: boolean;
  onPick: (biller: CounterBiller) => void;
};

/**
 * The biller combobox: type to filter by name or code, arrows to move, Enter to pick; a digit in
 * the empty field picks the numbered biller. F1-F4 are handled by the screen.
 */
export function BillerPicker({ inputRef, billers, selected, disabled, onPick }: Props) {
  const t = useTranslations('counter');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = filterBillers(billers, query);
  const activeIndex = Math.min(active, Math.max(matches.length - 1, 0));

  const pick = (biller: CounterBiller | undefined) => {
    if (!biller) return;
    setQuery('');
    setActive(0);
    onPick(biller);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(Math.max(activeIndex + step, 0), Math.max(matches.length - 1, 0)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(matches[activeIndex]);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    } else if (query === '' && /^[1-9]$/.test(event.key) && !event.altKey && !event.ctrlKey) {
      const biller = billers[Number(event.key) - 1];
      if (biller && Number(event.key) <= NUMBERED_BILLERS) {
        event.preventDefault();
        pick(biller);
      }
    }
  };

  const shortcut = (biller: CounterBiller) => {
    const index = billers.indexOf(biller);
    return {
      fn: index < FUNCTION_KEYS.length ? FUNCTION_KEYS[index] : null,
      digit: index < NUMBERED_BILLERS ? String(index + 1) : null,
    };
  };

  return (
    <div className="flex min-h-0 flex-col gap-2">
      <label htmlFor="biller-search" className="text-sm font-semibold text-slate-800">
        {t('billerLabel')}
      </label>
      <input
        ref={inputRef}
        id="biller-search"
        role="combobox"
        aria-expanded="true"
        aria-controls="biller-options"
        aria-activedescendant={
          matches[activeIndex] ? `biller-${matches[activeIndex].code}` : undefined
        }
        aria-describedby="biller-hint"
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        value={query}
        placeholder={t('billerPlaceholder')}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        className="rounded-control h-11 w-full border border-slate-300 bg-white px-3 text-base shadow-sm placeholder:text-slate-400 disabled:bg-slate-100"
      />
      <p id="biller-hint" className="text-xs text-slate-500">
        {t('billerHint')}
      </p>
      <ul
        id="biller-options"
        role="listbox"
        aria-label={t('billerLabel')}
        className="rounded-control min-h-0 flex-1 overflow-y-auto border border-slate-200 bg-white"
      >
        {matches.length === 0 ? (
          <li className="px-3 py-2 text-sm text-slate-500">{t('billerNoMatch')}</li>
        ) : null}
        {matches.map((biller, index) => {
          const keys = shortcut(biller);
          const isSelected = selected?.code === biller.code;
          return (
            <li
              key={biller.code}
              id={`biller-${biller.code}`}
              role="option"
              aria-selected={isSelected}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => !disabled && pick(biller)}
              className={cn(
                'flex cursor-pointer items-center gap-2 border-b border-slate-100 px-3 py-2 text-sm last:border-b-0',
                index === activeIndex && query !== '' && 'bg-brand-50',
                isSelected && 'bg-brand-100 text-brand-900 font-semibold',
                biller.availability.state !== 'open' && 'text-slate-400',
              )}
            >
              <span className="w-5 shrink-0 text-right font-mono text-xs text-slate-500">
                {keys.digit}
              </span>
              <span className="min-w-0 flex-1 truncate">{biller.name}</span>
              {keys.fn ? (
                <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-[11px] text-slate-600">
                  {keys.fn}
                </kbd>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
