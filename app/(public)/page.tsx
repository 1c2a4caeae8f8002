import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Brand } from '@/components/shell/brand';
import { CategoryGrid } from '@/components/shell/category-grid';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { buttonClassName } from '@/components/ui/button';
import { getActor } from '@/lib/auth/actor';
import { homePathFor } from '@/lib/domain/roles';

export default async function LandingPage() {
  const [t, tc, actor] = await Promise.all([
    getTranslations('landing'),
    getTranslations('common'),
    getActor(),
  ]);
  const startHref = actor ? homePathFor(actor.role) : '/register';
  const promises = [t('trustReceipt'), t('trustPending'), t('trustIdentity')];
  return (
    <>
      <header className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-4">
        <Brand />
        <div className="flex items-center gap-2">
          <LocaleSwitch />
          {actor ? null : (
            <Link href="/login" className={buttonClassName('ghost', 'sm')}>
              {tc('logIn')}
            </Link>
          )}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 pb-16">
        <section className="py-8 sm:py-14">
          <h1 className="max-w-2xl text-3xl font-semibold tracking-tight text-balance sm:text-5xl">
            {t('title')}
          </h1>
          <p className="mt-4 max-w-xl text-lg text-slate-600">{t('subtitle')}</p>
          <div className="mt-8 flex flex-col gap-3 sm:flex-row">
            <Link href={startHref} className={buttonClassName('primary', 'lg')}>
              {t('start')}
            </Link>
            {actor ? null : (
              <Link href="/login" className={buttonClassName('secondary', 'lg')}>
                {t('haveAccount')}
              </Link>
            )}
          </div>
        </section>
        <section aria-labelledby="categories-title" className="py-6">
          <h2 id="categories-title" className="mb-4 text-lg font-semibold">
            {t('categoriesTitle')}
          </h2>
          <CategoryGrid
            hrefFor={(category) =>
              actor?.role === 'CUSTOMER'
                ? `/home/billers?category=${category}`
                : actor
                  ? startHref
                  : '/login'
            }
          />
        </section>
        <section aria-labelledby="trust-title" className="py-6">
          <h2 id="trust-title" className="mb-4 text-lg font-semibold">
            {t('trustTitle')}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-3">
            {promises.map((promise) => (
              <li
                key={promise}
                className="rounded-xl border border-slate-200 bg-white p-4 text-slate-700"
              >
                {promise}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
