'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ChoiceCard } from '@/components/ui/choice-card';
import { formatRupiah } from '@/lib/domain/money';
import {
  PAYMENT_METHODS,
  type PaymentChannel,
  type PaymentOption,
} from '@/lib/domain/payment-methods';
import { startCheckoutAction } from './actions';

/**
 * The payment method, with each channel's fee and exact total in view. The idempotency key is
 * made when the form mounts (and again when the choice changes), so a double click or a retry
 * can never open a second charge for the same choice.
 */
export function CheckoutForm({
  transactionId,
  options,
}: {
  transactionId: string;
  options: PaymentOption[];
}) {
  const t = useTranslations('checkout');
  const router = useRouter();
  const [channel, setChannel] = useState<PaymentChannel | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selected = options.find((option) => option.channel === channel);

  const choose = (next: PaymentChannel) => {
    setChannel(next);
    setIdempotencyKey(crypto.randomUUID());
    setError(null);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!channel || pending) return;
    setPending(true);
    setError(null);
    const result = await startCheckoutAction({ transactionId, channel, idempotencyKey });
    if (!result.ok) {
      setError(result.message);
      setPending(false);
      return;
    }
    if (result.data.redirectUrl) window.location.assign(result.data.redirectUrl);
    else router.push(`/home/payments/${transactionId}`);
  };

  return (
    <form onSubmit={submit} className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">{t('title')}</h2>
      {PAYMENT_METHODS.map((method) => (
        <fieldset key={method} className="space-y-2">
          <legend className="mb-1 text-sm font-medium text-slate-600">{t(`group${method}`)}</legend>
          {options
            .filter((option) => option.method === method)
            .map((option) => (
              <ChoiceCard
                key={option.channel}
                name="channel"
                value={option.channel}
                checked={channel === option.channel}
                onChange={() => choose(option.channel)}
                className="min-h-12 items-center gap-3"
              >
                <span className="flex-1 text-sm font-medium">{t(`channel.${option.channel}`)}</span>
                <span className="text-right text-xs text-slate-600 tabular-nums">
                  <span className="block">
                    {option.fee === 0 ? t('noFee') : t('fee', { fee: formatRupiah(option.fee) })}
                  </span>
                  <span className="block font-medium text-slate-900">
                    {t('total', { total: formatRupiah(option.total) })}
                  </span>
                </span>
              </ChoiceCard>
            ))}
        </fieldset>
      ))}
      {selected?.method === 'CARD' ? (
        <p className="text-xs text-slate-600">{t('cardNote')}</p>
      ) : null}
      <div aria-live="polite">{error ? <Alert tone="danger">{error}</Alert> : null}</div>
      <Button type="submit" size="lg" className="w-full" disabled={!selected} loading={pending}>
        {selected ? t('pay', { total: formatRupiah(selected.total) }) : t('title')}
      </Button>
    </form>
  );
}
