import { Droplet, HeartPulse, type LucideIcon, Smartphone, Ticket, Wifi, Zap } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { BILL_CATEGORIES, type BillCategoryKey } from '@/lib/domain/categories';

const ICONS: Record<BillCategoryKey, LucideIcon> = {
  electricity: Zap,
  water: Droplet,
  phone: Smartphone,
  internet: Wifi,
  insurance: HeartPulse,
  tickets: Ticket,
};

export async function CategoryGrid({
  hrefFor,
}: {
  hrefFor: (category: BillCategoryKey) => string;
}) {
  const t = await getTranslations('categories');
  return (
    <ul className="grid grid-cols-3 gap-3 sm:grid-cols-6">
      {BILL_CATEGORIES.map((category) => {
        const Icon = ICONS[category];
        return (
          <li key={category}>
            <Link
              href={hrefFor(category)}
              className="hover:border-brand-300 hover:bg-brand-50 flex min-h-24 flex-col items-center justify-center gap-2 rounded-xl border border-slate-200 bg-white p-3 text-center text-sm font-medium text-slate-700 shadow-sm"
            >
              <Icon aria-hidden="true" className="text-brand-700 size-6" strokeWidth={1.75} />
              {t(category)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
