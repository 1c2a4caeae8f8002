import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { buttonClassName } from '@/components/ui/button';

/** "Page 2 of 5" with previous/next links, for numbered lists whose filters live in the URL. */
export async function PageNav({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  const t = await getTranslations('common');
  const label = t('pageOf', { page, pageCount });
  return (
    <nav aria-label={label} className="flex items-center justify-between text-sm">
      <span className="text-slate-600">{label}</span>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={buttonClassName('secondary', 'sm')} href={hrefFor(page - 1)}>
            {t('previous')}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link className={buttonClassName('secondary', 'sm')} href={hrefFor(page + 1)}>
            {t('next')}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
