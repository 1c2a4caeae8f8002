'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { logOut } from '@/lib/auth/client';
import { Button } from '@/components/ui/button';

export function LogoutButton({ className }: { className?: string }) {
  const t = useTranslations('common');
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant="ghost"
      size="sm"
      loading={pending}
      className={className}
      onClick={() => {
        setPending(true);
        void logOut();
      }}
    >
      {t('logOut')}
    </Button>
  );
}
