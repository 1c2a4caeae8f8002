import {
  ChevronRight,
  Droplet,
  HeartPulse,
  type LucideIcon,
  Smartphone,
  Ticket,
  Wifi,
  Zap,
} from 'lucide-react';
import Link from 'next/link';
import type { BillCategoryKey } from '@/lib/domain/categories';
import { formatDateTimeWib } from '@/lib/domain/datetime';
import type { Locale } from '@/lib/domain/locale';
import { formatRupiah } from '@/lib/domain/money';
import type { HistoryRow } from '@/lib/server/transactions/list-history';
import { StatusBadge } from './status-badge';

const ICONS: Record<BillCategoryKey, LucideIcon> = {
  electricity: Zap,
  water: Droplet,
  phone: Smartphone,
  internet: Wifi,
  insurance: HeartPulse,
  tickets: Ticket,
};

/** One tappable row per transaction: what, for which number, how much, how it stands, when. */
export function HistoryList({ rows, locale }: { rows: HistoryRow[]; locale: Locale }) {
  return (
    <ul
      className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white"
      data-testid="history-list"
    >
      {rows.map((row) => {
        const Icon = ICONS[row.category];
        return (
          <li key={row.id} data-testid="history-row">
            <Link
              href={`/home/history/${row.id}`}
              className="flex items-center gap-3 px-4 py-3 hover:bg-slate-50 focus-visible:bg-slate-50"
            >
              <span
                aria-hidden="true"
                className="bg-brand-50 text-brand-700 grid size-9 shrink-0 place-items-center rounded-full"
              >
                <Icon className="size-4" strokeWidth={2} />
              </span>
              <span className="min-w-0 flex-1">
                <span className="flex items-baseline justify-between gap-2">
                  <span className="truncate font-medium text-slate-900">{row.billerName}</span>
                  <span className="shrink-0 font-semibold text-slate-900 tabular-nums">
                    {formatRupiah(row.amount)}
                  </span>
                </span>
                <span className="mt-0.5 block truncate text-sm text-slate-600 tabular-nums">
                  {row.customerNo}
                  {row.customerName ? ` · ${row.customerName}` : ''}
                </span>
                <span className="mt-1 flex flex-wrap items-center justify-between gap-x-2 gap-y-1">
                  <time
                    dateTime={row.createdAt.toISOString()}
                    className="text-xs whitespace-nowrap text-slate-500"
                  >
                    {formatDateTimeWib(row.createdAt, locale)}
                  </time>
                  <StatusBadge status={row.status} />
                </span>
              </span>
              <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-slate-400" />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
