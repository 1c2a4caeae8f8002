import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { BILL_CATEGORIES } from '@/lib/domain/categories';

export async function CategoryGrid({ href }: { href: string }) {
  const t = await getTranslations('categories');
  return (
    <ul className="grid grid-cols-3 gap-3 sm:grid-cols-6">
      {BILL_CATEGORIES.map((category) => (
        <li key={category.key}>
          <Link
            href={href}
            className="hover:border-brand-300 hover:bg-brand-50 flex min-h-24 flex-col items-center justify-center gap-2 rounded-xl border border-slate-200 bg-white p-3 text-center text-sm font-medium text-slate-700 shadow-sm"
          >
            <span aria-hidden="true" className="text-2xl">
              {category.icon}
            </span>
            {t(category.key)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
