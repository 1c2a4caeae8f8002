import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClassName } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/actor';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import { toLocale } from '@/lib/domain/locale';
import { getOutletContext } from '@/lib/server/outlets/get-outlet-context';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('agent'))('title') };
}

/** Where an agent lands: the way to the counter (Enter), and whether their shift is open. */
export default async function AgentHomePage() {
  const actor = await requirePageActor(['AGENT'], '/agent');
  const [outlet, t, locale] = await Promise.all([
    getOutletContext({ actor }),
    getTranslations('agent'),
    getLocale().then(toLocale),
  ]);
  return (
    <Card className="mx-auto max-w-xl">
      <CardHeader>
        <CardTitle>
          <h1>{t('title')}</h1>
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        {outlet ? (
          <>
            <p className="text-sm text-slate-600">
              {outlet.outletName} · {outlet.outletAddress}
            </p>
            <p className="text-sm" data-testid="home-shift">
              {outlet.shiftOpenedAt
                ? t('shiftOpen', { time: formatDateTimeWib(outlet.shiftOpenedAt, locale) })
                : t('shiftClosed')}
            </p>
            <Link href="/agent/counter" autoFocus className={buttonClassName('primary', 'lg')}>
              {outlet.shiftOpenedAt ? t('goToCounter') : t('openShiftAtCounter')}
              <kbd className="ml-2 font-mono text-xs opacity-80">Enter</kbd>
            </Link>
          </>
        ) : (
          <Alert tone="warning">{t('noOutlet')}</Alert>
        )}
      </CardContent>
    </Card>
  );
}
