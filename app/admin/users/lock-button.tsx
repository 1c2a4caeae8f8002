'use client';
import { useTranslations } from 'next-intl';
import { LockToggleButton } from '@/components/account/lock-toggle-button';
import { setUserLockedAction } from './actions';

export function LockButton({
  userId,
  name,
  locked,
}: {
  userId: string;
  name: string;
  locked: boolean;
}) {
  const t = useTranslations('admin');
  return (
    <LockToggleButton
      name={name}
      locked={locked}
      setLocked={(nextLocked) => setUserLockedAction({ userId, locked: nextLocked })}
      t={t}
    />
  );
}
