'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { cn } from '@/components/ui/cn';
import { SpinnerIcon } from '@/components/ui/loading';
import { listIndexAfterKey } from '@/lib/domain/counter-keys';
import { formatRupiah } from '@/lib/domain/money';
import type { ProductOption } from '@/lib/server/catalogue/get-biller';

type Props = {
  listRef: React.Ref<HTMLUListElement>;
  options: ProductOption[];
  chosen: string | null;
  busy: boolean;
  onChoose: (code: string) => void;
  onBack: () => void;
};

/** Prepaid denominations: arrows or a digit to move, Enter to take it, Escape to go back. */
export function ProductList({ listRef, options, chosen, busy, onChoose, onBack }: Props) {
  const t = useTranslations('counter');
  const initial = Math.max(
    options.findIndex((option) => option.code === chosen),
    0,
  );
  const [active, setActive] = useState(initial);

  const onKeyDown = (event: React.KeyboardEvent<HTMLUListElement>) => {
    if (busy) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onBack();
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active];
      if (option) onChoose(option.code);
      return;
    }
    const next = listIndexAfterKey(event.key, active, options.length);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    // A digit picks at once, as on a phone keypad.
    if (/^[1-9]$/.test(event.key)) onChoose(options[next]!.code);
  };

  return (
    <div className="flex flex-col gap-1.5">
      <p id="products-label" className="text-sm font-semibold text-slate-800">
        {t('chooseProduct')}
      </p>
      <ul
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-labelledby="products-label"
        aria-describedby="products-hint"
        aria-activedescendant={options[active] ? `product-${options[active].code}` : undefined}
        aria-busy={busy || undefined}
        onKeyDown={onKeyDown}
        className="rounded-control grid grid-cols-2 gap-2 p-1 outline-offset-2 lg:grid-cols-3"
      >
        {options.map((option, index) => (
          <li
            key={option.code}
            id={`product-${option.code}`}
            role="option"
            aria-selected={option.code === chosen}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (busy) return;
              setActive(index);
              onChoose(option.code);
            }}
            className={cn(
              'rounded-control flex cursor-pointer items-center gap-3 border px-3 py-2',
              index === active
                ? 'border-brand-700 bg-brand-50 ring-brand-700 ring-2'
                : 'border-slate-200 bg-white',
            )}
          >
            <span className="font-mono text-xs text-slate-500">{index < 9 ? index + 1 : ''}</span>
            <span className="min-w-0 flex-1">
              <span className="block truncate text-sm font-medium">{option.name}</span>
              <span className="block text-sm text-slate-600 tabular-nums">
                {formatRupiah(option.price)}
              </span>
            </span>
            {busy && index === active ? <SpinnerIcon className="size-4" /> : null}
          </li>
        ))}
      </ul>
      <p id="products-hint" className="text-xs text-slate-500">
        {t('productHint')}
      </p>
    </div>
  );
}
