'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ChoiceCard } from '@/components/ui/choice-card';
import { toast } from '@/components/ui/toast';
import { formatRupiah } from '@/lib/domain/money';
import type { ProductOption } from '@/lib/server/catalogue/get-biller';
import { selectProductAction } from './actions';

/** The denominations as a radio group: arrow keys move, the price is always in view. */
export function ProductPicker({
  transactionId,
  options,
  selected,
}: {
  transactionId: string;
  options: ProductOption[];
  selected: string | null;
}) {
  const t = useTranslations('pay');
  const router = useRouter();
  const [choice, setChoice] = useState(selected);
  const [pending, startTransition] = useTransition();

  const choose = (productCode: string) => {
    setChoice(productCode);
    startTransition(async () => {
      const result = await selectProductAction({ transactionId, productCode });
      if (!result.ok) {
        toast.error(result.message);
        setChoice(selected);
        return;
      }
      router.refresh();
    });
  };

  return (
    <fieldset className="rounded-xl border border-slate-200 bg-white p-4" aria-busy={pending}>
      <legend className="px-1 text-sm font-semibold">{t('chooseProduct')}</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {options.map((option) => (
          <ChoiceCard
            key={option.code}
            name="product"
            value={option.code}
            checked={choice === option.code}
            onChange={() => choose(option.code)}
            hideRadio
            className="min-h-16 flex-col justify-center"
          >
            <span className="text-sm font-medium">{option.name}</span>
            <span className="text-xs text-slate-600 tabular-nums">
              {formatRupiah(option.price)}
            </span>
          </ChoiceCard>
        ))}
      </div>
    </fieldset>
  );
}
