import { getTranslations } from 'next-intl/server';
import { Skeleton } from '@/components/ui/loading';

// The list's shape while it loads, so the page does not jump when the rows arrive.
export default async function HistoryLoading() {
  const t = await getTranslations('common');
  return (
    <div role="status" className="space-y-4">
      <span className="sr-only">{t('loading')}</span>
      <Skeleton className="h-7 w-48" />
      <Skeleton className="h-11 w-full" />
      <div className="flex gap-2">
        {[16, 20, 18, 14].map((width) => (
          <Skeleton key={width} className="h-9 rounded-full" style={{ width: `${width * 4}px` }} />
        ))}
      </div>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {[0, 1, 2, 3, 4].map((row) => (
          <li key={row} className="flex items-center gap-3 px-4 py-3">
            <Skeleton className="size-9 rounded-full" />
            <div className="flex-1 space-y-2">
              <Skeleton className="w-2/3" />
              <Skeleton className="h-3 w-1/2" />
            </div>
            <Skeleton className="h-5 w-20" />
          </li>
        ))}
      </ul>
    </div>
  );
}
