'use client';
import { useTranslations } from 'next-intl';
import { LockToggleButton } from '@/components/account/lock-toggle-button';
import { setCashierLockedAction } from './actions';

/** Locks a cashier out at once (their sessions end), or lets them back in. */
export function LockCashierButton({
  userId,
  name,
  locked,
}: {
  userId: string;
  name: string;
  locked: boolean;
}) {
  const t = useTranslations('counter.cashiers');
  return (
    <LockToggleButton
      name={name}
      locked={locked}
      setLocked={(nextLocked) => setCashierLockedAction({ userId, locked: nextLocked })}
      t={t}
    />
  );
}
