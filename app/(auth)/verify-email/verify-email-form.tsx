'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClassName } from '@/components/ui/button';
import { verifyEmailAction } from './actions';

// A button rather than verifying on page load: mail scanners that open links must not spend
// the customer's token.
export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations('auth');
  const [state, setState] = useState<
    { status: 'idle' | 'pending' | 'done' } | { status: 'error'; message: string }
  >({
    status: 'idle',
  });
  if (state.status === 'done') {
    return (
      <div className="space-y-4">
        <Alert tone="success" title={t('verifiedTitle')}>
          {t('verifiedBody')}
        </Alert>
        <Link href="/continue" className={buttonClassName('primary', 'lg') + ' w-full'}>
          {t('continue')}
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t('verifyBody')}</p>
      {state.status === 'error' ? <Alert tone="danger">{state.message}</Alert> : null}
      <Button
        size="lg"
        className="w-full"
        loading={state.status === 'pending'}
        onClick={async () => {
          setState({ status: 'pending' });
          const result = await verifyEmailAction({ token });
          setState(result.ok ? { status: 'done' } : { status: 'error', message: result.message });
        }}
      >
        {t('verifyButton')}
      </Button>
    </div>
  );
}
