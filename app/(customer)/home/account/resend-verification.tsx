'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toast';
import { resendVerificationAction } from './actions';

export function ResendVerification() {
  const t = useTranslations('auth');
  const [pending, setPending] = useState(false);
  return (
    <Button
      size="sm"
      variant="secondary"
      loading={pending}
      onClick={async () => {
        setPending(true);
        const result = await resendVerificationAction({});
        setPending(false);
        if (result.ok) toast.success(t('resent'));
        else toast.error(result.message);
      }}
    >
      {t('resend')}
    </Button>
  );
}
